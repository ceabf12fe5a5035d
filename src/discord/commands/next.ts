import { EmbedBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { CALENDAR_KINDS as KINDS, type Kind } from "../../model/calendar-schema.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { localText, translator } from "../../i18n/translate.js";
import { invalid } from "../../errors/app-error.js";
import { replyLanguage, command, lookUpCommand } from "../command.js";
import { replyWith } from "../reply-with.js";
import { occurrenceLines } from "../occurrence-line.js";
import { LANGUAGE } from "../language-option.js";
import { integerOption, stringOption, withOptions } from "../command-options.js";
import { localizedChoices } from "../command-label.js";

const COUNT = integerOption("next.count", (o) => o.setMinValue(1).setMaxValue(10));
const KIND = stringOption("next.kind", (o) =>
  o.addChoices(...localizedChoices(KINDS, (kind) => `kind.${kind}`)),
);

export const next = command({
  uses: ["lookUps", "clock", "zone"],
  data: withOptions(lookUpCommand("next"), COUNT, KIND, LANGUAGE),
  async execute(interaction, services) {
    const lang = replyLanguage(interaction);
    const kind = KIND.read(interaction.options);
    const count = COUNT.read(interaction.options) ?? 5;
    // Discord checks choices and ranges against the registered command, which may be an older one.
    if (kind !== null && !(KINDS as readonly string[]).includes(kind))
      throw invalid(localText("error.unknownKind", { value: kind, accepted: KINDS.join(", ") }));
    if (count < 1 || count > 10) throw invalid(localText("error.count", { value: count }));
    const occurrences = services.lookUps.next(localDate(services.clock.now(), services.zone), {
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
});
