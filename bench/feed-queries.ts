import { KINDS, LANGUAGES } from "../src/model/calendar-schema.js";

/** Every order of every non-empty set of kinds ("city-day,memorial-day" and "memorial-day,city-day"…). */
function kindsOrders(): string[] {
  const orders: string[] = [];
  const extend = (prefix: string[]) => {
    for (const kind of KINDS) {
      if (prefix.includes(kind)) continue;
      const next = [...prefix, kind];
      orders.push(next.join(","));
      extend(next);
    }
  };
  extend([]);
  return orders;
}

/** Every valid /calendar.ics a client can ask for: each language with each kinds order, or none. */
export function feedPaths(): string[] {
  const kinds = ["all", ...kindsOrders()];
  return LANGUAGES.flatMap((lang) => [
    `/calendar.ics?lang=${lang}`,
    ...kinds.map((k) => `/calendar.ics?lang=${lang}&kinds=${k}`),
  ]);
}
