import { translate } from "../../../i18n/translate.js";
import { replyLanguage, refreshingEvents } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { channelToPost } from "./channel-to-post.js";
import { describeSubscription } from "./describe-subscription.js";
import { findSubscription } from "./find-subscription.js";
import {
  NO_ROLE,
  readScheduleOptions,
  scheduleOptions,
  scheduleValues,
  SUBSCRIPTION,
} from "./subscription-options.js";

/** `/subscription edit`: changes a subscription; a broken one is active again once the bot can post there. */
export const editSubscription = refreshingEvents<"subscriptionService">({
  key: "subscription.edit",
  options: [SUBSCRIPTION, ...Object.values(scheduleOptions(false)), NO_ROLE],
  async run(interaction, services) {
    const sub = await findSubscription(interaction, services);
    const input = await readScheduleOptions(interaction, sub);
    const roleId = input.role === undefined ? sub.roleId : (input.role?.id ?? null);
    const channel = channelToPost(
      interaction.guild,
      input.channel?.id ?? sub.channelId,
      {
        roleId,
        threadArchive: input.threadArchive === undefined ? sub.threadArchive : input.threadArchive,
        kinds: input.kinds ?? sub.kinds,
        language: input.language ?? sub.language,
      },
      interaction.member,
      input.pin,
    );
    const updated = await services.subscriptionService.edit(sub.guildId, sub.id, {
      channelId: channel.id,
      roleId,
      ...scheduleValues(input),
    });
    const lang = replyLanguage(interaction);
    const subscription = describeSubscription(updated, lang);
    await replyPrivately(interaction, translate(lang, "admin.updated", { subscription }));
  },
});
