import { EmbedBuilder, SlashCommandBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { CALENDAR_KINDS as KINDS, type Kind } from "../../model/calendar-schema.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { localText, translator } from "../../i18n/translate.js";
import { languageFor, UserInputError, type Command } from "../command.js";
import { replyWith } from "../reply-with.js";
import { occurrenceLines } from "../occurrence-line.js";
import { languageOption } from "../language-option.js";
import { label, localizedChoices } from "../command-label.js";

export const next: Command = {
  data: label(new SlashCommandBuilder(), "next")
    .addIntegerOption((o) => label(o, "next.count").setMinValue(1).setMaxValue(10))
    .addStringOption((o) =>
      label(o, "next.kind").addChoices(...localizedChoices(KINDS, (kind) => `kind.${kind}`)),
    )
    .addStringOption(languageOption),
  async execute(interaction, ctx) {
    const lang = languageFor(interaction);
    const kind = interaction.options.getString("kind");
    const count = interaction.options.getInteger("count") ?? 5;
    // Discord checks choices and ranges against the registered command, which may be an older one.
    if (kind !== null && !(KINDS as readonly string[]).includes(kind))
      throw new UserInputError(
        localText("error.unknownKind", { value: kind, accepted: KINDS.join(", ") }),
      );
    if (count < 1 || count > 10)
      throw new UserInputError(localText("error.count", { value: count }));
    const occurrences = ctx.lookUps.next(localDate(ctx.clock.now(), ctx.zone), {
      count,
      kinds: kind ? [kind] : [],
    });
    const t = translator(lang);
    const embed = new EmbedBuilder()
      .setTitle(`${t("post.nextUp")}${kind ? ` — ${t(`kind.${kind as Kind}`)}` : ""}`)
      .setDescription(occurrenceLines(occurrences, lang).join("\n"))
      .setColor(TONE_COLOURS.neutral);
    await replyWith(interaction, { embeds: [embed] });
  },
};
