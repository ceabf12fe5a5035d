import type { SlashCommandStringOption } from "discord.js";
import { isLanguage, type Language } from "../model/calendar-schema.js";
import { localText } from "../i18n/translate.js";
import { UserInputError } from "../i18n/user-input-error.js";
import { label } from "./command-label.js";

/** An option's choice of en, az or ru, each named in its own language. */
export function withLanguageChoices(option: SlashCommandStringOption): SlashCommandStringOption {
  return option.addChoices(
    { name: "English", value: "en" },
    { name: "Azərbaycanca", value: "az" },
    { name: "Русский", value: "ru" },
  );
}

/** The `language` option of look-ups: the reply's language. */
export const languageOption = (option: SlashCommandStringOption): SlashCommandStringOption =>
  withLanguageChoices(label(option, "option.language"));

/**
 * A language option's value, or null when not given. Discord checks choices against the registered
 * command, which may be an older one: anything else is refused.
 */
export function languageValue(
  options: { getString(name: string): string | null },
  name: string,
): Language | null {
  const value = options.getString(name);
  if (value !== null && !isLanguage(value))
    throw new UserInputError(localText("error.unknownLanguage", { value }));
  return value;
}
