import type { ServerDateFields } from "../../../model/server-date-model.js";
import { translator } from "../../../i18n/translate.js";
import { replyLanguage, refreshingEvents } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { describeServerDate } from "./describe-server-date.js";
import { checkReach } from "./server-date-reach.js";
import { dateFields, readFields } from "./server-date-options.js";

/** `/date add`: one of the server's own dates. */
export const addServerDate = refreshingEvents<
  "serverDateService" | "subscriptions" | "clock" | "zone"
>({
  key: "serverDates.add",
  options: Object.values(dateFields(true)),
  async run(interaction, services) {
    const lang = replyLanguage(interaction);
    const fields = { firstYear: null, language: null, ...readFields(interaction, services) };
    await checkReach(interaction, services, [fields.language]);
    const added = await services.serverDateService.add(
      interaction.guildId,
      interaction.user.id,
      fields as ServerDateFields,
    );
    await replyPrivately(
      interaction,
      translator(lang)("serverDate.added", { date: describeServerDate(added, lang) }),
    );
  },
});
