import type { ChatInputCommandInteraction } from "discord.js";
import { SubscriptionConflict } from "../../../store/subscriptions.js";
import { UserInputError, type BotContext } from "../../command.js";
import { channelToPost } from "../../channel-to-post.js";
import { describeSubscription } from "../../describe-subscription.js";
import { readScheduleOptions } from "../../subscription-options.js";
import { replyPrivately } from "../../reply-privately.js";

export async function addSubscription(
  interaction: ChatInputCommandInteraction<"cached">,
  ctx: BotContext,
): Promise<void> {
  const input = await readScheduleOptions(interaction);
  const channel = channelToPost(
    interaction.guild,
    input.channel!.id,
    input.role?.id ?? null,
    interaction.member,
  );
  try {
    const added = await ctx.subscriptionService.add({
      guildId: interaction.guildId,
      channelId: channel.id,
      createdBy: interaction.user.id,
      timeZone: input.timeZone,
      postTime: input.postTime,
      language: input.language,
      roleId: input.role?.id ?? null,
      kinds: input.kinds,
      remindDays: input.remindDays,
      publish: input.publish,
    });
    await replyPrivately(interaction, `Subscribed.\n${describeSubscription(added)}`);
  } catch (error) {
    if (!(error instanceof SubscriptionConflict)) throw error;
    const hint =
      error.reason === "duplicate" ? " Change it with /subscription edit." : " Remove one first.";
    throw new UserInputError(error.message + hint);
  }
}
