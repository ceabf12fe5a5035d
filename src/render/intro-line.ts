import type { Language } from "../model/calendar-schema.js";
import type { Occurrence } from "../calendar/occurrences.js";
import type { IsoDate } from "../model/iso-date.js";
import { formatDate, formatList } from "../i18n/dates.js";
import { translate } from "../i18n/translate.js";

/** What an intro line may hold, each written `{name}`. */
export const INTRO_PLACEHOLDERS = ["name", "date", "anniversary", "days", "role"] as const;

export const INTRO_PLACEHOLDER = /\{([^{}]*)\}/g;

/** A message's text holds 2,000 characters: the intro leaves room for the role and a reminder's line. */
const INTRO_LINE_MAX = 1500;

export interface IntroValues {
  /** The day's occurrences (a weekly digest: the week's), in the post's order. */
  occurrences: readonly Occurrence[];
  /** The date they fall on (a weekly digest: its first day). */
  date: IsoDate;
  /** Days until that date: 0 on the day, N for a reminder. */
  days: number;
  /** The subscription's role as its channel writes it, or "" without one. */
  role: string;
}

/**
 * An admin's intro line with its placeholders filled, in the subscription's language: `{name}` the
 * day's names joined ("Victory Day and Shusha City Day"), `{date}` the date as the language writes it,
 * `{anniversary}` the first anniversary among them ("6th anniversary", "" when none counts one),
 * `{days}` the days to go, `{role}` the role. One line, spaces collapsed (an empty `{role}` leaves none).
 */
export function introLine(template: string, values: IntroValues, lang: Language): string {
  const counted = values.occurrences.find((o) => o.anniversary)?.anniversary;
  const filled: Record<(typeof INTRO_PLACEHOLDERS)[number], string> = {
    name: formatList(
      values.occurrences.map((o) => o.names[lang]),
      lang,
    ),
    date: formatDate(values.date, lang),
    anniversary: counted ? translate(lang, "post.anniversary", { count: counted }) : "",
    days: String(values.days),
    role: values.role,
  };
  const line = template
    .replace(INTRO_PLACEHOLDER, (whole, name: string) =>
      Object.hasOwn(filled, name) ? filled[name as keyof typeof filled] : whole,
    )
    .replace(/\s+/g, " ")
    .trim();
  return line.length > INTRO_LINE_MAX ? `${line.slice(0, INTRO_LINE_MAX - 1)}…` : line;
}
