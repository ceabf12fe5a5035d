import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";
import type { ChatInputCommandInteraction } from "discord.js";
import { translator, type Translate } from "../../../i18n/translate.js";
import type { Subscription } from "../../../model/subscription-model.js";
import { replyLanguage, type Subcommand } from "../../command.js";
import { customId } from "../../component.js";
import { replyWith } from "../../reply-with.js";
import { findSubscription } from "./find-subscription.js";
import { SUBSCRIPTION } from "./subscription-options.js";

/** What a removal's texts say of the subscription. */
export const removalValues = (sub: Subscription) => ({
  channel: `<#${sub.channelId}>`,
  time: sub.postTime,
  zone: sub.timeZone,
  language: sub.language,
});

/** The custom_id prefix of the removal's buttons (`confirm-removal.ts` handles them). */
export const CONFIRM = "confirm";

/** Remove (only the admin who asked may press it) and Cancel. */
function confirmRow(t: Translate, owner: string, sub: Subscription) {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(customId(CONFIRM, owner, "subscription", sub.id))
      .setLabel(t("confirm.remove"))
      .setStyle(ButtonStyle.Danger),
    new ButtonBuilder()
      .setCustomId(customId(CONFIRM, owner, "cancel"))
      .setLabel(t("confirm.cancel"))
      .setStyle(ButtonStyle.Secondary),
  );
}

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
      components: [confirmRow(t, interaction.user.id, sub)],
      ephemeral: true,
    });
  },
};
