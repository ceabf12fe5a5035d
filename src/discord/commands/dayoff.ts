import { EmbedBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { breakLine } from "../../render/day-off.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { localText, translator } from "../../i18n/translate.js";
import { invalid } from "../../errors/app-error.js";
import { replyLanguage, command, lookUpCommand } from "../command.js";
import { replyWith } from "../reply-with.js";
import { datesWithCountdown } from "../occurrence-line.js";
import { LANGUAGE } from "../language-option.js";
import { integerOption, withOptions } from "../command-options.js";

/** `/dayoff`: the next breaks from work — holidays, moved rest days, the Cabinet's transfers. */
const COUNT = integerOption("dayoff.count", (o) => o.setMinValue(1).setMaxValue(10));

export const dayoff = command({
  uses: ["lookUps", "clock", "zone"],
  data: withOptions(lookUpCommand("dayoff"), COUNT, LANGUAGE),
  async execute(interaction, services) {
    const lang = replyLanguage(interaction);
    const count = COUNT.read(interaction.options) ?? 3;
    if (count < 1 || count > 10) throw invalid(localText("error.count", { value: count }));
    const today = localDate(services.clock.now(), services.zone);
    const breaks = services.lookUps.dayOff(today, count);
    const t = translator(lang);
    const embed = new EmbedBuilder()
      .setTitle(t("dayOff.nextDaysOff"))
      .setDescription(
        breaks.length
          ? breaks.map((b) => breakLine(b, lang, datesWithCountdown(lang))).join("\n")
          : t("dayOff.none"),
      )
      .setColor(TONE_COLOURS.neutral);
    await replyWith(interaction, { embeds: [embed] });
  },
});
