import type { Break, DayStatus } from "../calendar/days-off.js";
import type { Occurrence } from "../calendar/occurrences.js";
import type { Language } from "../model/calendar-schema.js";
import { formatDateInText, formatList, weekdayOf } from "../i18n/dates.js";
import { translator } from "../i18n/translate.js";

/** A day's working status: a headline ("Non-working day") and the reasons, one sentence each. */
export interface DayOffNote {
  headline: string;
  details: string[];
}

/**
 * The working status of a day in one language; null where the calendar does not model that year.
 * Each kind of day off has its own sentence: a holiday, a day of mourning, a rest day moved or
 * transferred; a day with none of these says what it is (a weekly rest day, a working day).
 */
export function dayOffNote(status: DayStatus, lang: Language): DayOffNote | null {
  if (status.nonWorking === null) return null;
  const t = translator(lang);
  const date = (d: string) => formatDateInText(d, lang);
  const weekday = (d: string) => weekdayOf(d, lang);
  const name = (o: Occurrence) => o.names[lang];
  const details = status.reasons.flatMap((r) => {
    switch (r.kind) {
      case "holiday": {
        const mourning = r.holidays.filter((h) => h.observance.tone === "mourning");
        const holidays = r.holidays.filter((h) => h.observance.tone !== "mourning");
        const names = (list: Occurrence[]) => formatList(list.map(name), lang);
        return [
          ...(holidays.length
            ? [t("dayOff.holiday", { count: holidays.length, names: names(holidays) })]
            : []),
          ...(mourning.length ? [t("dayOff.mourning", { names: names(mourning) })] : []),
        ];
      }
      case "moved":
        return [
          t("dayOff.moved", {
            date: date(r.from),
            weekday: weekday(r.from),
            holiday: name(r.holiday),
          }),
        ];
      case "overlap":
        return [
          t("dayOff.overlap", {
            date: date(r.from),
            holiday: name(r.holiday),
            other: name(r.with),
          }),
        ];
      case "transfer":
        return [t("dayOff.transfer", { date: date(r.from) })];
      case "decision":
        return [`${r.reason[lang]}.`];
    }
  });
  const at = (d: string) => ({ date: date(d), weekday: weekday(d) });
  if (status.workingInstead) details.push(t("dayOff.workingInstead", at(status.workingInstead.to)));
  else details.push(...status.movedTo.map((to) => t("dayOff.movesTo", at(to))));
  details.push(...status.extraDaysOff.map((to) => t("dayOff.extraDayOff", at(to))));
  // A day with no reason of its own still gets a sentence, not the bare date.
  if (!status.reasons.length && !status.workingInstead)
    details.unshift(
      t(
        status.nonWorking ? "dayOff.restDaySentence" : "dayOff.workingDaySentence",
        at(status.date),
      ),
    );
  if (status.expected) details.push(t("dayOff.expected"));
  const headline = !status.nonWorking
    ? t("dayOff.workingDay")
    : status.reasons.length
      ? t("dayOff.nonWorking")
      : t("dayOff.restDay");
  return { headline, details };
}

/**
 * The note on one line, for text replies and the console: "Non-working day: sentence. sentence.";
 * a day that is what its weekday makes it says so in its sentence alone.
 */
export const dayOffLine = (note: DayOffNote, status: DayStatus) =>
  status.reasons.length || status.workingInstead
    ? `${note.headline}: ${note.details.join(" ")}`
    : note.details.join(" ");

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
      // A decision's reason is a sentence of its own: the line names only that there is one.
      if (r.kind === "decision") names.add(t("dayOff.byDecision"));
    }
  }
  const expected = b.days.some((d) => d.expected) ? ` (${t("post.expectedMark")})` : "";
  return `${span(b.from, b.to)} · ${t("dayOff.count", { count: b.days.length })}${expected}: ${formatList([...names], lang)}`;
}
