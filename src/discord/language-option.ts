import type { SlashCommandStringOption } from "discord.js";
import { label } from "./command-label.js";

export function languageOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return label(option, "option.language").addChoices(
    { name: "English", value: "en" },
    { name: "Azərbaycanca", value: "az" },
    { name: "Русский", value: "ru" },
  );
}
