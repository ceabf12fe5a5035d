import type { ChatInputCommandInteraction } from "discord.js";
import type { BotContext } from "../../command.js";
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
    `Removed the subscription of <#${sub.channelId}> (${sub.postTime} ${sub.timeZone}, ${sub.language}).`,
  );
}
