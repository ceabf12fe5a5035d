import type { ChatInputCommandInteraction } from "discord.js";
import { SubscriptionConflict } from "../../../store/subscriptions.js";
import { SUBSCRIPTION_DEFAULTS } from "../../../subscriptions/subscription-model.js";
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
  const now = ctx.clock.now();
  try {
    const added = await ctx.subscriptions.add(
      {
        id: ctx.newId(),
        guildId: interaction.guildId,
        channelId: channel.id,
        timeZone: input.timeZone ?? SUBSCRIPTION_DEFAULTS.timeZone,
        postTime: input.postTime ?? SUBSCRIPTION_DEFAULTS.postTime,
        language: input.language ?? SUBSCRIPTION_DEFAULTS.language,
        roleId: input.role?.id ?? null,
        kinds: input.kinds ?? [],
        remindDays: input.remindDays ?? SUBSCRIPTION_DEFAULTS.remindDays,
        publish: input.publish ?? false,
        createdBy: interaction.user.id,
      },
      now.toUTC().toISO()!,
    );
    await replyPrivately(
      interaction,
      `Subscribed.\n${describeSubscription(await ctx.scheduler.reschedule(added))}`,
    );
  } catch (error) {
    if (!(error instanceof SubscriptionConflict)) throw error;
    const hint =
      error.reason === "duplicate" ? " Change it with /subscription edit." : " Remove one first.";
    throw new UserInputError(error.message + hint);
  }
}
