import type { ChatInputCommandInteraction } from "discord.js";
import type { Language } from "../model/calendar-schema.js";
import { dayOffLine, dayOffNote } from "../render/day-off.js";
import { formatDate } from "../i18n/dates.js";
import { renderDay } from "../render/observance.js";
import { translate } from "../i18n/translate.js";
import type { BotContext } from "./command.js";
import { toEmbed } from "./embed.js";
import { replyWith } from "./reply-with.js";
import { occurrenceLine } from "./occurrence-line.js";

/**
 * Answers with the posts of one date and whether it is a working day, or, when the date has no
 * posts, says so, whether it is a working day, and what comes next.
 */
export async function replyWithDay(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  date: string,
  lang: Language,
): Promise<void> {
  const { occurrences, status, next } = ctx.lookUps.day(date);
  if (occurrences.length) {
    return replyWith(interaction, {
      embeds: renderDay(ctx.calendar, occurrences, status, lang, { always: true }).map((m) =>
        toEmbed(m),
      ),
    });
  }
  const note = dayOffNote(status, lang);
  const content = [
    translate(lang, "post.nothingOn", { date: formatDate(date, lang) }),
    ...(note ? [dayOffLine(note, status)] : []),
    ...(next ? [`${translate(lang, "post.nextUp")}: ${occurrenceLine(next, lang)}`] : []),
  ].join("\n");
  return replyWith(interaction, { content });
}
