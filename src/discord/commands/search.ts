import { EmbedBuilder, SlashCommandBuilder } from "discord.js";
import { localDate, nextOccurrenceOf } from "../../calendar/occurrences.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { languageFor, UserInputError, type Command } from "../command.js";
import { replyWith } from "../reply.js";
import { occurrenceLine } from "./list.js";
import { languageOption } from "./options.js";

export const search: Command = {
  data: new SlashCommandBuilder()
    .setName("search")
    .setNameLocalizations({ ru: "поиск", tr: "ara" })
    .setDescription("Find commemorative days by name, in English, Azerbaijani or Russian")
    .setDescriptionLocalizations({
      ru: "Найти памятные дни по названию",
      tr: "Anma günlerini ada göre bul",
    })
    .addStringOption((o) =>
      o
        .setName("query")
        .setNameLocalizations({ ru: "запрос", tr: "sorgu" })
        .setDescription("e.g. Kalbajar, Kəlbəcər, Кяльбаджар, victory")
        .setDescriptionLocalizations({
          ru: "например: Кяльбаджар, Победа",
          tr: "örneğin: Kəlbəcər, Zəfər",
        })
        .setRequired(true)
        .setMaxLength(100),
    )
    .addStringOption(languageOption),
  async execute(interaction, ctx) {
    const lang = languageFor(interaction);
    const query = interaction.options.getString("query", true);
    const results = ctx.index.search(query, 10);
    if (!results.length)
      throw new UserInputError(
        `Nothing matches "${query}". Try another spelling, or /next to browse.`,
      );
    const today = localDate(ctx.clock.now(), ctx.zone);
    const lines = results.map((r) =>
      occurrenceLine(nextOccurrenceOf(ctx.calendar, r.observance, today)!, lang),
    );
    const embed = new EmbedBuilder()
      .setTitle(`🔎 ${query}`.slice(0, 256))
      .setDescription(lines.join("\n"))
      .setColor(TONE_COLOURS.neutral);
    await replyWith(interaction, { embeds: [embed] });
  },
};
