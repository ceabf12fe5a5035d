import { EmbedBuilder, SlashCommandBuilder } from "discord.js";
import { TONE_COLOURS } from "../../render/observance.js";
import type { Command } from "../command.js";
import { replyWith } from "../reply-with.js";
import { label } from "../command-label.js";

export const about: Command = {
  data: label(
    new SlashCommandBuilder(),
    ["about", "о-боте", "hakkında"],
    [
      "About yaddash: version, data and how to report an error",
      "О боте: версия, данные и как сообщить об ошибке",
      "yaddash hakkında: sürüm, veriler ve hata bildirimi",
    ],
  ),
  async execute(interaction, ctx) {
    const embed = new EmbedBuilder()
      .setTitle("yaddash")
      .setDescription(
        "A calendar of Azerbaijan's commemorative dates: official days, city days and anniversaries, " +
          "with a neutral summary and the sources of every entry.",
      )
      .setColor(TONE_COLOURS.neutral)
      .addFields(
        { name: "Version", value: ctx.version, inline: true },
        {
          name: "Calendar",
          value: `${ctx.calendar.observances.length} days, ${ctx.calendar.sources.size} sources`,
          inline: true,
        },
        {
          name: "Where the data comes from",
          value:
            "Official texts and news reports, cited in each post's footer and in full by /event. The calendar is reviewed data, not generated text.",
        },
        {
          name: "Report an error",
          value:
            "Tell the server's admins or the bot's maintainers which day is wrong and, if you can, a source for the correction.",
        },
      );
    await replyWith(interaction, { embeds: [embed] });
  },
};
