import { SlashCommandBuilder } from "discord.js";
import { localDate } from "../../calendar/occurrences.js";
import { languageFor, type Command } from "../command.js";
import { replyWithDay } from "./day.js";
import { languageOption } from "./options.js";

export const today: Command = {
  data: new SlashCommandBuilder()
    .setName("today")
    .setNameLocalizations({ ru: "сегодня", tr: "bugün" })
    .setDescription("What Azerbaijan observes today")
    .setDescriptionLocalizations({
      ru: "Что отмечается в Азербайджане сегодня",
      tr: "Azerbaycan'da bugün anılan günler",
    })
    .addStringOption(languageOption),
  execute: (interaction, ctx) =>
    replyWithDay(interaction, ctx, localDate(ctx.clock.now(), ctx.zone), languageFor(interaction)),
};
