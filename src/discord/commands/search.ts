import { EmbedBuilder, SlashCommandBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { STRINGS } from "../../render/strings.js";
import { languageFor, UserInputError, type Command } from "../command.js";
import { replyWith } from "../reply-with.js";
import { occurrenceLine } from "../occurrence-line.js";
import { languageOption } from "../language-option.js";
import { label } from "../command-label.js";

export const search: Command = {
  data: label(
    new SlashCommandBuilder(),
    ["search", "поиск", "ara"],
    [
      "Find commemorative days by name, in English, Azerbaijani or Russian",
      "Найти памятные дни по названию",
      "Anma günlerini ada göre bul",
    ],
  )
    .addStringOption((o) =>
      label(
        o,
        ["query", "запрос", "sorgu"],
        [
          "e.g. Kalbajar, Kəlbəcər, Кяльбаджар, victory",
          "например: Кяльбаджар, Победа",
          "örneğin: Kəlbəcər, Zəfər",
        ],
      )
        .setRequired(true)
        .setMaxLength(100),
    )
    .addStringOption(languageOption),
  async execute(interaction, ctx) {
    const lang = languageFor(interaction);
    const query = interaction.options.getString("query", true);
    const results = ctx.lookUps.search(query, localDate(ctx.clock.now(), ctx.zone), 10);
    // Answered privately: the text is the user's own, and a public answer must not echo it.
    if (!results.length)
      throw new UserInputError(
        `Nothing matches "${query.slice(0, 100)}". Try another spelling, or /next to browse.`,
      );
    const lines = results.map((r) => occurrenceLine(r.next!, lang));
    const embed = new EmbedBuilder()
      .setTitle(`🔎 ${STRINGS[lang].searchResults(results.length)}`)
      .setDescription(lines.join("\n"))
      .setColor(TONE_COLOURS.neutral);
    await replyWith(interaction, { embeds: [embed] });
  },
};
