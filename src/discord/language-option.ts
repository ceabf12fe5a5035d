import type { SlashCommandStringOption } from "discord.js";
import { label } from "./command-label.js";

export function languageOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return label(
    option,
    ["language", "язык", "dil"],
    [
      "Language: English, Azerbaijani or Russian",
      "Язык: английский, азербайджанский или русский",
      "Dil: İngilizce, Azerbaycanca veya Rusça",
    ],
  ).addChoices(
    { name: "English", value: "en" },
    { name: "Azərbaycanca", value: "az" },
    { name: "Русский", value: "ru" },
  );
}
