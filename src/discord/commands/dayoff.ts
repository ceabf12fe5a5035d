import { EmbedBuilder, SlashCommandBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { breakLine } from "../../render/day-off.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { STRINGS } from "../../render/strings.js";
import { languageFor, UserInputError, type Command } from "../command.js";
import { replyWith } from "../reply-with.js";
import { dateSpan } from "../occurrence-line.js";
import { languageOption } from "../language-option.js";
import { label } from "../command-label.js";

/** `/dayoff`: the next breaks from work — holidays, moved rest days, the Cabinet's transfers. */
export const dayoff: Command = {
  data: label(
    new SlashCommandBuilder(),
    ["dayoff", "выходные", "tatil"],
    [
      "The next days off in Azerbaijan, and why",
      "Ближайшие нерабочие дни в Азербайджане и их причины",
      "Azerbaycan'da sıradaki tatil günleri ve nedenleri",
    ],
  )
    .addIntegerOption((o) =>
      label(
        o,
        ["count", "количество", "sayı"],
        [
          "How many breaks (1–10, default 3)",
          "Сколько периодов (1–10, по умолчанию 3)",
          "Kaç tatil (1–10, varsayılan 3)",
        ],
      )
        .setMinValue(1)
        .setMaxValue(10),
    )
    .addStringOption(languageOption),
  async execute(interaction, ctx) {
    const lang = languageFor(interaction);
    const count = interaction.options.getInteger("count") ?? 3;
    if (count < 1 || count > 10)
      throw new UserInputError(`count must be a whole number from 1 to 10, not ${count}.`);
    const today = localDate(ctx.clock.now(), ctx.zone);
    const breaks = ctx.lookUps.dayOff(today, count);
    const s = STRINGS[lang].dayOff;
    const embed = new EmbedBuilder()
      .setTitle(s.nextDaysOff)
      .setDescription(
        breaks.length ? breaks.map((b) => breakLine(b, lang, dateSpan)).join("\n") : s.noDaysOff,
      )
      .setColor(TONE_COLOURS.neutral);
    await replyWith(interaction, { embeds: [embed] });
  },
};
