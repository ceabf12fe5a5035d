import { localDate } from "../../time/local-date.js";
import { fullCitation } from "../../render/citation.js";
import { renderOccurrence } from "../../render/observance.js";
import { localText, translate } from "../../i18n/translate.js";
import { notFound } from "../../errors/app-error.js";
import { replyLanguage, lenientReplyLanguage, command, lookUpCommand } from "../command.js";
import { toEmbed } from "../embed.js";
import { replyWith } from "../reply-with.js";
import { LANGUAGE } from "../language-option.js";
import { requiredValue, stringOption, withOptions } from "../command-options.js";
import type { Services } from "../command-services.js";
import type { Language } from "../../model/calendar-schema.js";

const MAX_CHOICES = 25;

const NAME = stringOption("event.query", (o) =>
  o.setRequired(true).setAutocomplete(true).setMaxLength(100),
);

export const event = command({
  uses: ["lookUps", "index", "calendar", "clock", "zone"],
  data: withOptions(lookUpCommand("event"), NAME, LANGUAGE),
  async execute(interaction, services) {
    const lang = replyLanguage(interaction);
    const query = requiredValue(NAME, interaction.options);
    const found = services.lookUps.event(query, localDate(services.clock.now(), services.zone));
    if (!found?.next) throw notFound(localText("error.noEvent", { query }));
    const sources = found.sources.map(
      (source, i) =>
        `[${i + 1}] ${fullCitation(source, lang, (title, url) => `[${title}](${url})`)}`,
    );
    const embed = toEmbed(renderOccurrence(services.calendar, found.next, lang));
    embed.addFields({
      name: translate(lang, "post.sources"),
      value: sources.join("\n").slice(0, 1024),
    });
    await replyWith(interaction, { embeds: [embed] });
  },
  async autocomplete(interaction, services) {
    await interaction.respond(
      observanceChoices(
        services,
        interaction.options.getFocused().trim(),
        lenientReplyLanguage(interaction),
      ),
    );
  },
});

/** Autocomplete's choices of days: those matching what was typed, or else the next ones. */
export function observanceChoices(
  services: Services<"lookUps" | "index" | "clock" | "zone">,
  typed: string,
  lang: Language,
): { name: string; value: string }[] {
  const observances = typed
    ? services.index.search(typed, MAX_CHOICES).map((r) => r.observance)
    : services.lookUps
        .next(localDate(services.clock.now(), services.zone), { count: MAX_CHOICES })
        .map((o) => o.observance);
  return observances.map((o) => ({ name: o.names[lang].slice(0, 100), value: o.id }));
}
