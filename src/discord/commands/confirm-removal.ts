import { translator } from "../../i18n/translate.js";
import { lenientReplyLanguage, SERVER_ADMINS } from "../command.js";
import { componentHandler, expired } from "../component.js";
import { updateMessage } from "../update-message.js";
import { CONFIRM } from "./confirm-buttons.js";
import { removeDateConfirmed } from "./server-dates/remove-server-date.js";
import { removeSubscriptionConfirmed } from "./subscription/remove-subscription.js";

/** What each removal's Remove button removes, by the custom_id's `what`. */
const REMOVALS = { subscription: removeSubscriptionConfirmed, date: removeDateConfirmed };

/**
 * The buttons of `/subscription remove` and `/date remove`: Remove removes what its custom_id names
 * (so it works after a restart too), Cancel leaves it; either way the buttons go.
 */
export const confirmRemoval = componentHandler({
  prefix: CONFIRM,
  requires: SERVER_ADMINS,
  mayWait: true,
  uses: ["subscriptionService", "serverDateService", "subscriptions", "refreshEvents"],
  async handle(interaction, [what = "", id], services) {
    const t = translator(lenientReplyLanguage(interaction));
    if (what === "cancel")
      return updateMessage(interaction, { content: t("confirm.cancelled"), components: [] });
    const removal = Object.hasOwn(REMOVALS, what)
      ? REMOVALS[what as keyof typeof REMOVALS]
      : undefined;
    if (!removal || !id || !interaction.isButton() || !interaction.inCachedGuild()) throw expired();
    try {
      const content = await removal(interaction, id, services, t);
      await updateMessage(interaction, { content, components: [] });
    } finally {
      services.refreshEvents(interaction.guildId);
    }
  },
});
