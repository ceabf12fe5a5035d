import { SlashCommandBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { parseDateInput } from "../../time/parse-date.js";
import { languageFor, UserInputError, type Command } from "../command.js";
import { replyWithDay } from "../day-reply.js";
import { languageOption } from "../language-option.js";
import { label } from "../command-label.js";

export const on: Command = {
  data: label(
    new SlashCommandBuilder(),
    ["on", "дата", "tarih"],
    ["What is observed on a date", "Что отмечается в указанную дату", "Bir tarihte anılan günler"],
  )
    .addStringOption((o) =>
      label(
        o,
        ["date", "дата", "tarih"],
        [
          "e.g. 25 November, 25.11, 2026-11-25, 25 noyabr, 25 ноября",
          "например: 25 ноября, 25.11, 2026-11-25",
          "örneğin: 25 November, 25.11, 2026-11-25",
        ],
      )
        .setRequired(true)
        .setMaxLength(40),
    )
    .addStringOption(languageOption),
  async execute(interaction, ctx) {
    const parsed = parseDateInput(
      interaction.options.getString("date", true),
      localDate(ctx.clock.now(), ctx.zone),
    );
    if (!parsed.ok) throw new UserInputError(parsed.error);
    await replyWithDay(interaction, ctx, parsed.date, languageFor(interaction));
  },
};
