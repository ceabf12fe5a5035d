import type { ChatInputCommandInteraction } from "discord.js";
import type { BotContext } from "../../command.js";
import { channelToPost } from "../../channel-to-post.js";
import { describeSubscription } from "../../describe-subscription.js";
import { findSubscription } from "../../find-subscription.js";
import { replyPrivately } from "../../reply-privately.js";

/** Pauses a subscription, or resumes a paused or broken one once the bot can post there again. */
export async function setSubscriptionStatus(
  interaction: ChatInputCommandInteraction<"cached">,
  ctx: BotContext,
  status: "active" | "paused",
): Promise<void> {
  const sub = await findSubscription(interaction, ctx);
  if (status === "active") channelToPost(interaction.guild, sub.channelId, sub.roleId);
  const now = ctx.clock.now();
  const updated = await ctx.subscriptions.setStatus(
    sub.guildId,
    sub.id,
    status,
    null,
    now.toUTC().toISO()!,
  );
  await replyPrivately(
    interaction,
    `${status === "active" ? "Resumed" : "Paused"}.\n${describeSubscription(status === "active" ? await ctx.scheduler.reschedule(updated!, { reopen: true }) : updated!)}`,
  );
}
