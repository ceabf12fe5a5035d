import { time, TimestampStyles } from "discord.js";
import { type Occurrence } from "../calendar/occurrences.js";
import { addDays } from "../time/local-date.js";
import { isObserved, type Language } from "../model/calendar-schema.js";
import { formatDateSpan } from "../i18n/dates.js";
import { translator } from "../i18n/translate.js";
import { occurrenceName } from "../render/occurrence-name.js";
import { dateInstant } from "./embed.js";

const countdown = (date: string) => time(dateInstant(date), TimestampStyles.RelativeTime);

/**
 * A date, or a span of dates, written in the post's language, then how far off it is as a relative
 * Discord timestamp: Discord draws a `<t:…:D>` date in the reader's client language, not the post's.
 */
export const datesWithCountdown = (lang: Language) => (from: string, to: string) =>
  `${formatDateSpan(from, to, lang)} (${countdown(from)})`;

/** One line of a list of occurrences: date(s), name with its anniversary, "expected", and "in 3 days". */
export function occurrenceLine(o: Occurrence, lang: Language): string {
  const t = translator(lang);
  const expected = o.expected ? ` (${t("post.expectedMark")})` : "";
  const last = addDays(o.start, o.days - 1);
  return `${formatDateSpan(o.date, last, lang)} · **${occurrenceName(o, lang)}**${expected} (${countdown(o.date)})`;
}

/**
 * A list of occurrences, one line each: the days the state established first, then, under a heading
 * of their own, the anniversaries of events that have no official status.
 */
export function occurrenceLines(occurrences: readonly Occurrence[], lang: Language): string[] {
  const t = translator(lang);
  const observed = occurrences.filter((o) => isObserved(o.observance));
  const others = occurrences.filter((o) => !isObserved(o.observance));
  if (!observed.length || !others.length) return occurrences.map((o) => occurrenceLine(o, lang));
  return [
    `__${t("section.observed")}__`,
    ...observed.map((o) => occurrenceLine(o, lang)),
    `__${t("section.unofficial")}__`,
    ...others.map((o) => occurrenceLine(o, lang)),
  ];
}
