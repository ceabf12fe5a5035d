import { translate } from "../../../i18n/translate.js";
import { SUBSCRIPTION_DEFAULTS } from "../../../model/subscription-model.js";
import { replyLanguage, refreshingEvents } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { channelToPost } from "./channel-to-post.js";
import { describeSubscription } from "./describe-subscription.js";
import { readScheduleOptions, scheduleOptions, scheduleValues } from "./subscription-options.js";

/** `/subscription add`: a channel gets the daily posts. */
export const addSubscription = refreshingEvents<"subscriptionService">({
  key: "subscription.add",
  options: Object.values(scheduleOptions(true)),
  async run(interaction, services) {
    const input = await readScheduleOptions(interaction);
    const lang = replyLanguage(interaction);
    const channel = channelToPost(
      interaction.guild,
      input.channel!.id,
      {
        roleId: input.role?.id ?? null,
        threadArchive: input.threadArchive ?? null,
        kinds: input.kinds ?? [],
        language: input.language ?? SUBSCRIPTION_DEFAULTS.language,
      },
      interaction.member,
      input.pin,
    );
    const added = await services.subscriptionService.add({
      guildId: interaction.guildId,
      channelId: channel.id,
      createdBy: interaction.user.id,
      roleId: input.role?.id ?? null,
      ...scheduleValues(input),
    });
    const subscription = describeSubscription(added, lang);
    await replyPrivately(interaction, translate(lang, "admin.added", { subscription }));
  },
});
