import type { ChatInputCommandInteraction } from "discord.js";
import { SubscriptionConflict } from "../../../ports/subscription-repository.js";
import { MAX_SUBSCRIPTIONS_PER_GUILD } from "../../../model/subscription-model.js";
import { localText, translate } from "../../../i18n/translate.js";
import { replyLanguage, UserInputError, type BotContext } from "../../command.js";
import { channelToPost } from "../../channel-to-post.js";
import { describeSubscription } from "../../describe-subscription.js";
import { readScheduleOptions } from "../../subscription-options.js";
import { replyPrivately } from "../../reply-privately.js";

export async function addSubscription(
  interaction: ChatInputCommandInteraction<"cached">,
  ctx: BotContext,
): Promise<void> {
  const input = await readScheduleOptions(interaction);
  const lang = replyLanguage(interaction);
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
      weekday: input.weekday,
      publish: input.publish,
      events: input.events,
    });
    const subscription = describeSubscription(added, lang);
    await replyPrivately(interaction, translate(lang, "admin.added", { subscription }));
  } catch (error) {
    if (!(error instanceof SubscriptionConflict)) throw error;
    throw new UserInputError(
      error.reason === "duplicate"
        ? localText("error.subscriptionDuplicate")
        : localText("error.subscriptionCap", { max: MAX_SUBSCRIPTIONS_PER_GUILD }),
    );
  }
}
