import { translator } from "../../../i18n/translate.js";
import { replyLanguage, refreshingEvents } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { checkReach } from "./server-date-reach.js";
import { findDate, WHICH } from "./server-date-options.js";

/** `/date remove`: one of the server's own dates. */
export const removeServerDate = refreshingEvents<"serverDateService" | "subscriptions">({
  key: "serverDates.remove",
  options: [WHICH],
  async run(interaction, services) {
    const date = await findDate(interaction, services);
    await checkReach(interaction, services, [date.language]);
    const removed = await services.serverDateService.remove(interaction.guildId, date.id);
    await replyPrivately(
      interaction,
      translator(replyLanguage(interaction))("serverDate.removed", { name: removed.name }),
    );
  },
});
