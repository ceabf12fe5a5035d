import { translator } from "../../../i18n/translate.js";
import { replyLanguage, refreshingEvents } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { describeServerDate } from "./describe-server-date.js";
import { checkReach } from "./server-date-reach.js";
import { dateFields, findDate, readFields, WHICH } from "./server-date-options.js";

/** `/date edit`: changes one of the server's own dates. */
export const editServerDate = refreshingEvents<
  "serverDateService" | "subscriptions" | "clock" | "zone"
>({
  key: "serverDates.edit",
  options: [WHICH, ...Object.values(dateFields(false))],
  async run(interaction, services) {
    const lang = replyLanguage(interaction);
    const before = await findDate(interaction, services);
    const fields = readFields(interaction, services, before);
    await checkReach(interaction, services, [before.language, fields.language ?? before.language]);
    const updated = await services.serverDateService.edit(interaction.guildId, before.id, fields);
    await replyPrivately(
      interaction,
      translator(lang)("serverDate.updated", { date: describeServerDate(updated, lang) }),
    );
  },
});
