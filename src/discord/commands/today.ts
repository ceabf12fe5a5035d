import { SlashCommandBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { languageFor, type Command } from "../command.js";
import { replyWithDay } from "../day-reply.js";
import { LANGUAGE } from "../language-option.js";
import { withOptions } from "../command-options.js";
import { label } from "../command-label.js";

export const today: Command = {
  data: withOptions(label(new SlashCommandBuilder(), "today"), LANGUAGE),
  execute: (interaction, ctx) =>
    replyWithDay(interaction, ctx, localDate(ctx.clock.now(), ctx.zone), languageFor(interaction)),
};
