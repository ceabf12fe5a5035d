import type { ChatInputCommandInteraction } from "discord.js";
import type { Language } from "../model/calendar-schema.js";
import { nothingOnDay } from "../render/nothing-on-day.js";
import { renderDay } from "../render/observance.js";
import type { Services } from "./command-services.js";
import { toEmbed } from "./embed.js";
import { replyWith } from "./reply-with.js";
import { occurrenceLine } from "./occurrence-line.js";

/**
 * Answers with the posts of one date and whether it is a working day, or, when the date has no
 * posts, says so, whether it is a working day, and what comes next.
 */
export async function replyWithDay(
  interaction: ChatInputCommandInteraction,
  services: Services<"lookUps" | "calendar">,
  date: string,
  lang: Language,
): Promise<void> {
  const { occurrences, status, next } = services.lookUps.day(date);
  if (occurrences.length) {
    return replyWith(interaction, {
      embeds: renderDay(services.calendar, occurrences, status, lang, { always: true }).map((m) =>
        toEmbed(m),
      ),
    });
  }
  const content = nothingOnDay(date, status, next, lang, (o) => occurrenceLine(o, lang));
  return replyWith(interaction, { content });
}
