import { PermissionFlagsBits, type ChatInputCommandInteraction, type Guild } from "discord.js";
import { NONCE_TRUST_MS } from "../../../delivery/scheduler.js";
import type { Subscription } from "../../../subscriptions/subscription-model.js";
import { MAX_SUBSCRIPTIONS_PER_GUILD } from "../../../subscriptions/subscription-model.js";
import type { BotContext } from "../../command.js";
import { describeSubscription } from "../../describe-subscription.js";
import { replyPrivately } from "../../reply-privately.js";

export async function listSubscriptions(
  interaction: ChatInputCommandInteraction<"cached">,
  ctx: BotContext,
): Promise<void> {
  const subs = await ctx.subscriptions.list(interaction.guildId);
  if (!subs.length)
    return replyPrivately(interaction, "No subscriptions yet. Add one with /subscription add.");
  const body = subs
    .map(
      (s, i) => `**${i + 1}.** ${describeSubscription(s)}${historyWarning(interaction.guild, s)}`,
    )
    .join("\n\n");
  const header = `${subs.length} of ${MAX_SUBSCRIPTIONS_PER_GUILD} subscriptions:\n\n`;
  // A message holds 2,000 characters; 25 subscriptions can exceed that, so the list is cut with a note.
  const text = header + body;
  await replyPrivately(
    interaction,
    text.length <= 2000 ? text : `${text.slice(0, 1950)}…\n(list cut: too long for one message)`,
  );
}

/**
 * Without Read Message History the bot cannot check whether a post whose answer was lost exists, so it
 * resends only while Discord's nonce still prevents a second message, and otherwise leaves it.
 */
function historyWarning(guild: Guild, sub: Subscription): string {
  const channel = guild.channels.cache.get(sub.channelId);
  if (
    !channel ||
    channel.permissionsFor(guild.members.me!).has(PermissionFlagsBits.ReadMessageHistory)
  )
    return "";
  return `\n⚠ I lack Read Message History in <#${sub.channelId}>: a post whose answer from Discord was lost is retried only within ${NONCE_TRUST_MS / 60_000} minutes, and otherwise not at all, so that it is never posted twice. Grant it to have every post checked and retried.`;
}
