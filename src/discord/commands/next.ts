import { EmbedBuilder, SlashCommandBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { KINDS } from "../../calendar/calendar-schema.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { STRINGS } from "../../render/strings.js";
import { languageFor, UserInputError, type Command } from "../command.js";
import { replyWith } from "../reply-with.js";
import { occurrenceLine } from "../occurrence-line.js";
import { languageOption } from "../language-option.js";
import { label } from "../command-label.js";

export const next: Command = {
  data: label(
    new SlashCommandBuilder(),
    ["next", "ближайшие", "sıradaki"],
    ["The next commemorative dates", "Ближайшие памятные даты", "Sıradaki anma günleri"],
  )
    .addIntegerOption((o) =>
      label(
        o,
        ["count", "количество", "sayı"],
        [
          "How many (1–10, default 5)",
          "Сколько (1–10, по умолчанию 5)",
          "Kaç tane (1–10, varsayılan 5)",
        ],
      )
        .setMinValue(1)
        .setMaxValue(10),
    )
    .addStringOption((o) =>
      label(
        o,
        ["kind", "тип", "tür"],
        ["Only this kind of day", "Только этот тип дней", "Yalnızca bu tür günler"],
      ).addChoices(...KINDS.map((kind) => ({ name: STRINGS.en.kinds[kind], value: kind }))),
    )
    .addStringOption(languageOption),
  async execute(interaction, ctx) {
    const lang = languageFor(interaction);
    const kind = interaction.options.getString("kind");
    const count = interaction.options.getInteger("count") ?? 5;
    // Discord checks choices and ranges against the registered command, which may be an older one.
    if (kind !== null && !(KINDS as readonly string[]).includes(kind))
      throw new UserInputError(`Unknown kind "${kind}". Choose one of: ${KINDS.join(", ")}.`);
    if (count < 1 || count > 10)
      throw new UserInputError(`count must be a whole number from 1 to 10, not ${count}.`);
    const occurrences = ctx.lookUps.next(localDate(ctx.clock.now(), ctx.zone), {
      count,
      kinds: kind ? [kind] : [],
    });
    const embed = new EmbedBuilder()
      .setTitle(
        `${STRINGS[lang].nextUp}${kind ? ` — ${STRINGS[lang].kinds[kind as (typeof KINDS)[number]]}` : ""}`,
      )
      .setDescription(occurrences.map((o) => occurrenceLine(o, lang)).join("\n"))
      .setColor(TONE_COLOURS.neutral);
    await replyWith(interaction, { embeds: [embed] });
  },
};
