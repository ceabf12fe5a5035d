import { SlashCommandBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { parseDateInput } from "../../time/parse-date.js";
import { invalid } from "../../errors/app-error.js";
import { languageFor, type Command } from "../command.js";
import { replyWithDay } from "../day-reply.js";
import { languageOption } from "../language-option.js";
import { label } from "../command-label.js";

export const on: Command = {
  data: label(new SlashCommandBuilder(), "on")
    .addStringOption((o) => label(o, "on.date").setRequired(true).setMaxLength(40))
    .addStringOption(languageOption),
  async execute(interaction, ctx) {
    const parsed = parseDateInput(
      interaction.options.getString("date", true),
      localDate(ctx.clock.now(), ctx.zone),
    );
    if (!parsed.ok) throw invalid(parsed.error);
    await replyWithDay(interaction, ctx, parsed.date, languageFor(interaction));
  },
};
