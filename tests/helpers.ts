import { loadCalendar, type Calendar } from "../src/calendar/load.js";

let cached: Calendar | undefined;

/** The project's real calendar, loaded once per test file. */
export function realCalendar(): Calendar {
  return (cached ??= loadCalendar("data"));
}

export function observance(id: string) {
  const found = realCalendar().observances.find((o) => o.id === id);
  if (!found) throw new Error(`no observance ${id}`);
  return found;
}
