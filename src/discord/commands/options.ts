import type { SlashCommandStringOption } from "discord.js";

export function languageOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName("language")
    .setNameLocalizations({ ru: "язык", tr: "dil" })
    .setDescription("Language of the answer")
    .setDescriptionLocalizations({ ru: "Язык ответа", tr: "Yanıtın dili" })
    .addChoices(
      { name: "English", value: "en" },
      { name: "Azərbaycanca", value: "az" },
      { name: "Русский", value: "ru" },
    );
}
