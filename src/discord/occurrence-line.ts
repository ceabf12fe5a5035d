import { time, TimestampStyles } from "discord.js";
import { type Occurrence } from "../calendar/occurrences.js";
import { addDays } from "../time/local-date.js";
import type { Language } from "../calendar/calendar-schema.js";
import { translator } from "../i18n/translate.js";
import { dateInstant } from "./embed.js";

/** A date, or a span of dates, as Discord timestamps. */
export function dateSpan(from: string, to: string): string {
  const long = (date: string) => time(dateInstant(date), TimestampStyles.LongDate);
  return from === to ? long(from) : `${long(from)} – ${long(to)}`;
}

/** One line of a list of occurrences: date(s), name, anniversary, "expected", and "in 3 days". */
export function occurrenceLine(o: Occurrence, lang: Language): string {
  const t = translator(lang);
  const years = o.anniversary ? ` — ${t("post.anniversary", { count: o.anniversary })}` : "";
  const expected = o.expected ? ` (${t("post.expectedMark")})` : "";
  const last = addDays(o.start, o.days - 1);
  return `${dateSpan(o.date, last)} · **${o.names[lang]}**${years}${expected} (${time(dateInstant(o.date), TimestampStyles.RelativeTime)})`;
}
