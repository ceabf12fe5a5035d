import type { ChatInputCommandInteraction } from "discord.js";
import { translate } from "../../../i18n/translate.js";
import { replyLanguage, refreshingEvents } from "../../command.js";
import type { Services } from "../../command-services.js";
import { replyPrivately } from "../../reply-privately.js";
import { channelToPost } from "./channel-to-post.js";
import { describeSubscription } from "./describe-subscription.js";
import { findSubscription } from "./find-subscription.js";
import { SUBSCRIPTION } from "./subscription-options.js";

/**
 * Pauses a subscription, or resumes a paused or broken one once the bot can post there again — and
 * the admin could, as for /subscription add: the bot posts for them.
 */
async function setSubscriptionStatus(
  interaction: ChatInputCommandInteraction<"cached">,
  services: Services<"subscriptionService">,
  status: "active" | "paused",
): Promise<void> {
  const sub = await findSubscription(interaction, services);
  if (status === "active") channelToPost(interaction.guild, sub.channelId, sub, interaction.member);
  const updated =
    status === "active"
      ? await services.subscriptionService.resume(sub.guildId, sub.id)
      : await services.subscriptionService.pause(sub.guildId, sub.id);
  const lang = replyLanguage(interaction);
  const subscription = describeSubscription(updated, lang);
  await replyPrivately(
    interaction,
    translate(lang, status === "active" ? "admin.resumed" : "admin.paused", { subscription }),
  );
}

/** `/subscription pause`. */
export const pauseSubscription = refreshingEvents<"subscriptionService">({
  key: "subscription.pause",
  options: [SUBSCRIPTION],
  run: (interaction, services) => setSubscriptionStatus(interaction, services, "paused"),
});

/** `/subscription resume`. */
export const resumeSubscription = refreshingEvents<"subscriptionService">({
  key: "subscription.resume",
  options: [SUBSCRIPTION],
  run: (interaction, services) => setSubscriptionStatus(interaction, services, "active"),
});
