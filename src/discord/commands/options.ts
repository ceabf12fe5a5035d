import type { SlashCommandStringOption } from "discord.js";

export function languageOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName("language")
    .setNameLocalizations({ ru: "язык", tr: "dil" })
    .setDescription("Language: English, Azerbaijani or Russian")
    .setDescriptionLocalizations({
      ru: "Язык: английский, азербайджанский или русский",
      tr: "Dil: İngilizce, Azerbaycanca veya Rusça",
    })
    .addChoices(
      { name: "English", value: "en" },
      { name: "Azərbaycanca", value: "az" },
      { name: "Русский", value: "ru" },
    );
}
