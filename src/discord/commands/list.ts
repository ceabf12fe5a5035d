import { time, TimestampStyles } from "discord.js";
import type { Occurrence } from "../../calendar/occurrences.js";
import type { Language } from "../../calendar/schema.js";
import { STRINGS } from "../../render/strings.js";
import { dateInstant } from "../embed.js";

/** One line of a list of occurrences: date, name, anniversary, and "in 3 days". */
export function occurrenceLine(o: Occurrence, lang: Language): string {
  const at = dateInstant(o.date);
  const years = o.anniversary ? ` — ${STRINGS[lang].anniversary(o.anniversary)}` : "";
  return `${time(at, TimestampStyles.LongDate)} · **${o.names[lang]}**${years} (${time(at, TimestampStyles.RelativeTime)})`;
}
