import type { ChatInputCommandInteraction } from "discord.js";
import { translator } from "../../../i18n/translate.js";
import { replyLanguage, type Subcommand } from "../../command.js";
import { replyWith } from "../../reply-with.js";
import { confirmButtons, type Removal } from "../confirm-buttons.js";
import { describeServerDate } from "./describe-server-date.js";
import { checkReach } from "./server-date-reach.js";
import { findDate, WHICH } from "./server-date-options.js";

/**
 * `/date remove`: one of the server's own dates. Asks first (refusing at once a date the admin may
 * not remove); only the Remove button removes (`confirm-removal.ts`).
 */
export const removeServerDate: Subcommand<
  ChatInputCommandInteraction<"cached">,
  "serverDateService" | "subscriptions"
> = {
  key: "serverDates.remove",
  options: [WHICH],
  async run(interaction, services) {
    const date = await findDate(interaction, services);
    await checkReach(interaction, services, [date.language]);
    const lang = replyLanguage(interaction);
    const t = translator(lang);
    await replyWith(interaction, {
      content: t("serverDate.confirmRemove", { date: describeServerDate(date, lang) }),
      components: [confirmButtons(t, interaction.user.id, "date", date.id)],
      ephemeral: true,
    });
  },
};

/** The Remove button of `/date remove`: the admin's reach is checked again, as it may have changed. */
export const removeDateConfirmed: Removal<"serverDateService" | "subscriptions"> = async (
  interaction,
  id,
  services,
  t,
) => {
  const date = await services.serverDateService.get(interaction.guildId, id);
  await checkReach(interaction, services, [date.language]);
  const removed = await services.serverDateService.remove(interaction.guildId, id);
  return t("serverDate.removed", { name: removed.name });
};
