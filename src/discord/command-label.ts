import type { LocalizationMap } from "discord.js";

interface Labelled {
  setName(name: string): this;
  setNameLocalizations(localizations: LocalizationMap | null): this;
  setDescription(description: string): this;
  setDescriptionLocalizations(localizations: LocalizationMap | null): this;
}

/** [English, Russian, Turkish]: Discord has no Azerbaijani locale. */
export type Texts = readonly [en: string, ru: string, tr: string];

/** Names and describes a command, subcommand or option in English with ru and tr localizations. */
export function label<T extends Labelled>(
  builder: T,
  [name, nameRu, nameTr]: Texts,
  [text, textRu, textTr]: Texts,
): T {
  return builder
    .setName(name)
    .setNameLocalizations({ ru: nameRu, tr: nameTr })
    .setDescription(text)
    .setDescriptionLocalizations({ ru: textRu, tr: textTr });
}
