import type { ChatInputCommandInteraction } from "discord.js";
import type { Language } from "../../../model/calendar-schema.js";
import { conflict } from "../../../errors/app-error.js";
import { localText } from "../../../i18n/translate.js";
import type { Services } from "../../command-services.js";
import { missingToPost } from "../../subscription-permissions.js";

/**
 * The bot posts a date for the admin in every subscribed channel it reaches (in its language, taking
 * server dates), so the admin must be able to see and post in each, as /subscription add asks of its
 * channel. Whom a post mentions is each subscription's choice, not the date's, so roles are not checked.
 * `interaction`: the command's, or a button's pressed later.
 */
export async function checkReach(
  interaction: Pick<ChatInputCommandInteraction<"cached">, "guildId" | "guild" | "member">,
  services: Services<"subscriptions">,
  languages: (Language | null)[],
): Promise<void> {
  for (const sub of await services.subscriptions.list(interaction.guildId)) {
    const reached =
      languages.some((language) => language === null || language === sub.language) &&
      (!sub.kinds.length || sub.kinds.includes("server-day"));
    const channel = reached ? interaction.guild.channels.cache.get(sub.channelId) : undefined;
    const missing = channel ? missingToPost(channel, interaction.member, null) : [];
    if (missing.length)
      throw conflict(
        localText("error.memberLacksForDate", { channel: `<#${sub.channelId}>`, missing }),
      );
  }
}
