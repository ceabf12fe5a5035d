import type { ChatInputCommandInteraction } from "discord.js";
import { translator } from "../../../i18n/translate.js";
import type { Subscription } from "../../../model/subscription-model.js";
import { replyLanguage, type Subcommand } from "../../command.js";
import { replyWith } from "../../reply-with.js";
import { confirmButtons, type Removal } from "../confirm-buttons.js";
import { findSubscription } from "./find-subscription.js";
import { SUBSCRIPTION } from "./subscription-options.js";

/** What a removal's texts say of the subscription. */
const removalValues = (sub: Subscription) => ({
  channel: `<#${sub.channelId}>`,
  time: sub.postTime,
  zone: sub.timeZone,
  language: sub.language,
});

/** `/subscription remove`: asks first; only the Remove button removes (`confirm-removal.ts`). */
export const removeSubscription: Subcommand<
  ChatInputCommandInteraction<"cached">,
  "subscriptionService"
> = {
  key: "subscription.remove",
  options: [SUBSCRIPTION],
  async run(interaction, services) {
    const sub = await findSubscription(interaction, services);
    const t = translator(replyLanguage(interaction));
    await replyWith(interaction, {
      content: t("admin.confirmRemove", removalValues(sub)),
      components: [confirmButtons(t, interaction.user.id, "subscription", sub.id)],
      ephemeral: true,
    });
  },
};

/** The Remove button of `/subscription remove`. */
export const removeSubscriptionConfirmed: Removal<"subscriptionService"> = async (
  interaction,
  id,
  services,
  t,
) =>
  t(
    "admin.removed",
    removalValues(await services.subscriptionService.remove(interaction.guildId, id)),
  );
