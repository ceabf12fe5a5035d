import type { LocalizationMap } from "discord.js";
import { inLanguage } from "../i18n/translate.js";
import { type MessageKey } from "../i18n/string-table.js";

interface Labelled {
  setName(name: string): this;
  setNameLocalizations(localizations: LocalizationMap | null): this;
  setDescription(description: string): this;
  setDescriptionLocalizations(localizations: LocalizationMap | null): this;
}

/** A key of the tables with both a `.name` and a `.description`: a command, subcommand or option. */
export type LabelKey = {
  [K in MessageKey]: K extends `${infer P}.name`
    ? `${P}.description` extends MessageKey
      ? P
      : never
    : never;
}[MessageKey];

/**
 * One text in every Discord locale we write: ru in Russian, tr in Azerbaijani (Discord has no
 * Azerbaijani locale, and Turkish-locale users read it more easily than English), English for the rest.
 */
export function localizations(key: MessageKey): LocalizationMap {
  const text = { key, params: {} };
  const english = inLanguage("en", text);
  return {
    "en-US": english,
    "en-GB": english,
    ru: inLanguage("ru", text),
    tr: inLanguage("az", text),
  };
}

/** An option's choices, each named by its key of the tables in every locale. */
export function localizedChoices<V extends string>(
  values: readonly V[],
  key: (value: V) => MessageKey,
): { name: string; name_localizations: LocalizationMap; value: V }[] {
  return values.map((value) => ({
    name: inLanguage("en", { key: key(value), params: {} }),
    name_localizations: localizations(key(value)),
    value,
  }));
}

/** Names and describes a command, subcommand or option in English, with its localizations. */
export function label<T extends Labelled>(builder: T, key: LabelKey): T {
  const [name, description] = [`${key}.name`, `${key}.description`] as const;
  return builder
    .setName(inLanguage("en", { key: name, params: {} }))
    .setNameLocalizations(localizations(name))
    .setDescription(inLanguage("en", { key: description, params: {} }))
    .setDescriptionLocalizations(localizations(description));
}
