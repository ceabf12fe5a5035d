import type { ChatInputCommandInteraction } from "discord.js";
import { translate } from "../../../i18n/translate.js";
import { replyLanguage, type BotContext } from "../../command.js";
import { findSubscription } from "../../find-subscription.js";
import { replyPrivately } from "../../reply-privately.js";

export async function removeSubscription(
  interaction: ChatInputCommandInteraction<"cached">,
  ctx: BotContext,
): Promise<void> {
  const sub = await ctx.subscriptionService.remove(
    interaction.guildId,
    (await findSubscription(interaction, ctx)).id,
  );
  await replyPrivately(
    interaction,
    translate(replyLanguage(interaction), "admin.removed", {
      channel: `<#${sub.channelId}>`,
      time: sub.postTime,
      zone: sub.timeZone,
      language: sub.language,
    }),
  );
}
