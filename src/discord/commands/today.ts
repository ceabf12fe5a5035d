import { SlashCommandBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { languageFor, type Command } from "../command.js";
import { replyWithDay } from "../day-reply.js";
import { languageOption } from "../language-option.js";
import { label } from "../command-label.js";

export const today: Command = {
  data: label(new SlashCommandBuilder(), "today").addStringOption(languageOption),
  execute: (interaction, ctx) =>
    replyWithDay(interaction, ctx, localDate(ctx.clock.now(), ctx.zone), languageFor(interaction)),
};
