import type { ChatInputCommandInteraction } from "discord.js";
import { MAX_SUBSCRIPTIONS_PER_GUILD } from "../../../subscriptions/subscription.js";
import type { BotContext } from "../../command.js";
import { describeSubscription } from "./describe.js";
import { replyPrivately } from "./reply.js";

export async function listSubscriptions(
  interaction: ChatInputCommandInteraction<"cached">,
  ctx: BotContext,
): Promise<void> {
  const subs = await ctx.subscriptions.list(interaction.guildId);
  if (!subs.length)
    return replyPrivately(interaction, "No subscriptions yet. Add one with /subscription add.");
  const body = subs.map((s, i) => `**${i + 1}.** ${describeSubscription(s)}`).join("\n\n");
  const header = `${subs.length} of ${MAX_SUBSCRIPTIONS_PER_GUILD} subscriptions:\n\n`;
  // A message holds 2,000 characters; 25 subscriptions can exceed that, so the list is cut with a note.
  const text = header + body;
  await replyPrivately(
    interaction,
    text.length <= 2000 ? text : `${text.slice(0, 1950)}…\n(list cut: too long for one message)`,
  );
}
