import { EmbedBuilder } from "discord.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { replyLanguage, command, lookUpCommand } from "../command.js";
import { LANGUAGE } from "../language-option.js";
import { withOptions } from "../command-options.js";
import { translator } from "../../i18n/translate.js";
import { replyWith } from "../reply-with.js";

export const about = command({
  uses: ["calendar", "version"],
  data: withOptions(lookUpCommand("about"), LANGUAGE),
  async execute(interaction, services) {
    const t = translator(replyLanguage(interaction));
    const calendar = [
      t("about.days", { count: services.calendar.observances.length }),
      t("about.sources", { count: services.calendar.sources.size }),
    ].join(", ");
    const embed = new EmbedBuilder()
      .setTitle("yaddash")
      .setDescription(t("about.summary"))
      .setColor(TONE_COLOURS.neutral)
      .addFields(
        { name: t("about.version"), value: services.version, inline: true },
        { name: t("about.calendar"), value: calendar, inline: true },
        { name: t("about.dataTitle"), value: t("about.data") },
        { name: t("about.reportTitle"), value: t("about.report") },
      );
    await replyWith(interaction, { embeds: [embed] });
  },
});
