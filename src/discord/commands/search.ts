import { EmbedBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { localText, translate } from "../../i18n/translate.js";
import { notFound } from "../../errors/app-error.js";
import { replyLanguage, command, lookUpCommand } from "../command.js";
import { replyWith } from "../reply-with.js";
import { occurrenceLine } from "../occurrence-line.js";
import { LANGUAGE } from "../language-option.js";
import { requiredValue, stringOption, withOptions } from "../command-options.js";

const QUERY = stringOption("search.query", (o) => o.setRequired(true).setMaxLength(100));

export const search = command({
  uses: ["lookUps", "clock", "zone"],
  data: withOptions(lookUpCommand("search"), QUERY, LANGUAGE),
  async execute(interaction, services) {
    const lang = replyLanguage(interaction);
    const query = requiredValue(QUERY, interaction.options);
    const results = services.lookUps.search(
      query,
      localDate(services.clock.now(), services.zone),
      10,
    );
    // Answered privately: the text is the user's own, and a public answer must not echo it.
    if (!results.length)
      throw notFound(localText("error.noSearchResult", { query: query.slice(0, 100) }));
    const lines = results.map((r) => occurrenceLine(r.next!, lang));
    const embed = new EmbedBuilder()
      .setTitle(`🔎 ${translate(lang, "post.searchResults", { count: results.length })}`)
      .setDescription(lines.join("\n"))
      .setColor(TONE_COLOURS.neutral);
    await replyWith(interaction, { embeds: [embed] });
  },
});
