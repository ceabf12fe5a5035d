import type { SlashCommandStringOption } from "discord.js";
import { isLanguage, type Language } from "../model/calendar-schema.js";
import { invalid } from "../errors/app-error.js";
import { localText } from "../i18n/translate.js";
import type { LabelKey } from "./command-label.js";
import { stringOption, type OptionSpec, type OptionValues } from "./command-options.js";

/** An option's choice of en, az or ru, each named in its own language. */
const withLanguageChoices = (option: SlashCommandStringOption): SlashCommandStringOption =>
  option.addChoices(
    { name: "English", value: "en" },
    { name: "Azərbaycanca", value: "az" },
    { name: "Русский", value: "ru" },
  );

/**
 * An option choosing a language. Discord checks choices against the registered command, which may be
 * an older one: a value that is not one of ours is refused.
 */
export function languageChoice(
  key: LabelKey,
): OptionSpec<Language, Pick<OptionValues, "getString">> {
  const option = stringOption(key, withLanguageChoices);
  return {
    ...option,
    read(options) {
      const value = option.read(options);
      if (value !== null && !isLanguage(value))
        throw invalid(localText("error.unknownLanguage", { value }));
      return value;
    },
  };
}

/** The `language` option of look-ups: the reply's language. */
export const LANGUAGE = languageChoice("option.language");
