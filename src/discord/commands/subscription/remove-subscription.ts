import { translate } from "../../../i18n/translate.js";
import { replyLanguage, refreshingEvents } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { findSubscription } from "./find-subscription.js";
import { SUBSCRIPTION } from "./subscription-options.js";

/** `/subscription remove`. */
export const removeSubscription = refreshingEvents<"subscriptionService">({
  key: "subscription.remove",
  options: [SUBSCRIPTION],
  async run(interaction, services) {
    const sub = await services.subscriptionService.remove(
      interaction.guildId,
      (await findSubscription(interaction, services)).id,
    );
    await replyPrivately(
      interaction,
      translate(replyLanguage(interaction), "admin.removed", {
        channel: `<#${sub.channelId}>`,
        time: sub.postTime,
        zone: sub.timeZone,
        language: sub.language,
      }),
    );
  },
});
