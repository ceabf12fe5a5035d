import { SlashCommandBuilder } from "discord.js";
import { localDate } from "../../calendar/occurrences.js";
import { parseDateInput } from "../../calendar/parse-date.js";
import { languageFor, UserInputError, type Command } from "../command.js";
import { replyWithDay } from "./day.js";
import { languageOption } from "./options.js";

export const on: Command = {
  data: new SlashCommandBuilder()
    .setName("on")
    .setNameLocalizations({ ru: "дата", tr: "tarih" })
    .setDescription("What is observed on a date")
    .setDescriptionLocalizations({
      ru: "Что отмечается в указанную дату",
      tr: "Bir tarihte anılan günler",
    })
    .addStringOption((o) =>
      o
        .setName("date")
        .setNameLocalizations({ ru: "дата", tr: "tarih" })
        .setDescription("e.g. 25 November, 25.11, 2026-11-25, 25 noyabr, 25 ноября")
        .setDescriptionLocalizations({
          ru: "например: 25 ноября, 25.11, 2026-11-25",
          tr: "örneğin: 25 November, 25.11, 2026-11-25",
        })
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
