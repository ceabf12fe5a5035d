import { translator } from "../../../i18n/translate.js";
import { lenientReplyLanguage, SERVER_ADMINS } from "../../command.js";
import { componentHandler, expired } from "../../component.js";
import { updateMessage } from "../../update-message.js";
import { CONFIRM, removalValues } from "./remove-subscription.js";

/**
 * The buttons of `/subscription remove`: Remove removes the subscription its custom_id names (so it
 * works after a restart too), Cancel leaves it; either way the buttons go.
 */
export const confirmRemoval = componentHandler({
  prefix: CONFIRM,
  requires: SERVER_ADMINS,
  mayWait: true,
  uses: ["subscriptionService", "refreshEvents"],
  async handle(interaction, [what, id], services) {
    const t = translator(lenientReplyLanguage(interaction));
    if (what === "cancel")
      return updateMessage(interaction, { content: t("confirm.cancelled"), components: [] });
    if (what !== "subscription" || !id || !interaction.inCachedGuild()) throw expired();
    try {
      const sub = await services.subscriptionService.remove(interaction.guildId, id);
      await updateMessage(interaction, {
        content: t("admin.removed", removalValues(sub)),
        components: [],
      });
    } finally {
      services.refreshEvents(interaction.guildId);
    }
  },
});
