import type { ChatInputCommandInteraction } from "discord.js";
import { SubscriptionConflict } from "../../../ports/subscription-repository.js";
import { localText, translate } from "../../../i18n/translate.js";
import { replyLanguage, UserInputError, type BotContext } from "../../command.js";
import { channelToPost } from "../../channel-to-post.js";
import { describeSubscription } from "../../describe-subscription.js";
import { findSubscription } from "../../find-subscription.js";
import { readScheduleOptions } from "../../subscription-options.js";
import { replyPrivately } from "../../reply-privately.js";

/** Changes a subscription; a broken one becomes active again once the bot can post there. */
export async function editSubscription(
  interaction: ChatInputCommandInteraction<"cached">,
  ctx: BotContext,
): Promise<void> {
  const sub = await findSubscription(interaction, ctx);
  const input = await readScheduleOptions(interaction, sub);
  const roleId = input.role === undefined ? sub.roleId : (input.role?.id ?? null);
  const channel = channelToPost(
    interaction.guild,
    input.channel?.id ?? sub.channelId,
    roleId,
    interaction.member,
  );
  try {
    const updated = await ctx.subscriptionService.edit(sub.guildId, sub.id, {
      channelId: channel.id,
      timeZone: input.timeZone,
      postTime: input.postTime,
      language: input.language,
      roleId,
      kinds: input.kinds,
      remindDays: input.remindDays,
      weekday: input.weekday,
      publish: input.publish,
      events: input.events,
    });
    const lang = replyLanguage(interaction);
    const subscription = describeSubscription(updated, lang);
    await replyPrivately(interaction, translate(lang, "admin.updated", { subscription }));
  } catch (error) {
    if (error instanceof SubscriptionConflict)
      throw new UserInputError(localText("error.subscriptionTaken"));
    throw error;
  }
}
