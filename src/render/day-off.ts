import type { Break, DayStatus } from "../calendar/days-off.js";
import type { Occurrence } from "../calendar/occurrences.js";
import type { Language } from "../calendar/calendar-schema.js";
import { formatDayWithWeekday } from "../i18n/dates.js";
import { translator } from "../i18n/translate.js";

/** A day's working status: a headline ("Non-working day") and the reasons, one sentence each. */
export interface DayOffNote {
  headline: string;
  details: string[];
}

/** The working status of a day in one language; null where the calendar does not model that year. */
export function dayOffNote(status: DayStatus, lang: Language): DayOffNote | null {
  if (status.nonWorking === null) return null;
  const t = translator(lang);
  const day = (date: string) => formatDayWithWeekday(date, lang);
  const name = (o: Occurrence) => o.names[lang];
  const details = status.reasons.map((r) => {
    switch (r.kind) {
      case "holiday":
        return t("dayOff.holiday", {
          count: r.holidays.length,
          names: r.holidays.map(name).join(", "),
        });
      case "moved":
        return t("dayOff.moved", { from: day(r.from), holiday: name(r.holiday) });
      case "overlap":
        return t("dayOff.overlap", {
          from: day(r.from),
          holiday: name(r.holiday),
          other: name(r.with),
        });
      case "transfer":
        return t("dayOff.transfer", { from: day(r.from) });
      case "decision":
        return r.reason[lang];
    }
  });
  if (status.workingInstead)
    details.push(t("dayOff.workingInstead", { to: day(status.workingInstead.to) }));
  else details.push(...status.movedTo.map((to) => t("dayOff.movesTo", { to: day(to) })));
  details.push(...status.extraDaysOff.map((to) => t("dayOff.extraDayOff", { to: day(to) })));
  if (status.expected) details.push(t("dayOff.expected"));
  const headline = !status.nonWorking
    ? t("dayOff.workingDay")
    : status.reasons.length
      ? t("dayOff.nonWorking")
      : t("dayOff.restDay");
  return { headline, details };
}

/** The note on one line, for text replies and the console. */
export const dayOffLine = (note: DayOffNote) => [note.headline, ...note.details].join(" · ");

/** One break on one line: its dates (as the caller writes them), its length and its holidays. */
export function breakLine(
  b: Break,
  lang: Language,
  span: (from: string, to: string) => string,
): string {
  const t = translator(lang);
  const names = new Set<string>();
  for (const day of b.days) {
    for (const r of day.reasons) {
      if (r.kind === "holiday") r.holidays.forEach((h) => names.add(h.names[lang]));
      if (r.kind === "moved" || r.kind === "overlap") names.add(r.holiday.names[lang]);
      if (r.kind === "decision") names.add(r.reason[lang]);
    }
  }
  const expected = b.days.some((d) => d.expected) ? ` (${t("post.expectedMark")})` : "";
  return `${span(b.from, b.to)} · ${t("dayOff.count", { count: b.days.length })}${expected}: ${[...names].join(", ")}`;
}
