import type { ChatInputCommandInteraction } from "discord.js";
import { MAX_SERVER_DATES } from "../../../model/server-date-model.js";
import { translator } from "../../../i18n/translate.js";
import { replyLanguage, type Subcommand } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { describeServerDate } from "./describe-server-date.js";

/** `/date list`: the server's own dates. */
export const listServerDates: Subcommand<ChatInputCommandInteraction<"cached">, "serverDates"> = {
  key: "serverDates.list",
  async run(interaction, services) {
    const t = translator(replyLanguage(interaction));
    const dates = await services.serverDates.list(interaction.guildId);
    if (!dates.length) return replyPrivately(interaction, t("serverDate.none"));
    const lang = replyLanguage(interaction);
    const header = t("serverDate.listHeader", { count: dates.length, max: MAX_SERVER_DATES });
    const lines = dates.map((d, i) => `${i + 1}. ${describeServerDate(d, lang)}`);
    // 50 short lines fit in a message; the cut only guards against the longest names.
    await replyPrivately(interaction, [header, ...lines].join("\n").slice(0, 2000));
  },
};
