import type { ChatInputCommandInteraction } from "discord.js";
import { nextOccurrences, occurrencesOn } from "../../calendar/occurrences.js";
import type { Language } from "../../calendar/schema.js";
import { formatDate, renderOccurrence } from "../../render/observance.js";
import { STRINGS } from "../../render/strings.js";
import type { BotContext } from "../command.js";
import { toEmbed } from "../embed.js";
import { replyWith } from "../reply.js";
import { occurrenceLine } from "./list.js";

/** Answers with the posts of one date, or says what comes next when the date has none. */
export async function replyWithDay(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  date: string,
  lang: Language,
): Promise<void> {
  const occurrences = occurrencesOn(ctx.calendar, date);
  if (occurrences.length) {
    return replyWith(interaction, {
      embeds: occurrences.map((o) => toEmbed(renderOccurrence(ctx.calendar, o, lang))),
    });
  }
  const [next] = nextOccurrences(ctx.calendar, date, { count: 1 });
  const content =
    STRINGS[lang].nothingOn(formatDate(date, lang)) +
    (next ? `\n${STRINGS[lang].nextUp}: ${occurrenceLine(next, lang)}` : "");
  return replyWith(interaction, { content });
}
