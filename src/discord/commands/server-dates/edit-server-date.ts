import type { ChatInputCommandInteraction } from "discord.js";
import { translator } from "../../../i18n/translate.js";
import { replyLanguage, type Subcommand } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { describeServerDate } from "./describe-server-date.js";
import { checkReach } from "./server-date-reach.js";
import { dateFields, findDate, readFields, WHICH } from "./server-date-options.js";

/** `/date edit`: changes one of the server's own dates. */
export const editServerDate: Subcommand<ChatInputCommandInteraction<"cached">> = {
  key: "serverDates.edit",
  options: [WHICH, ...Object.values(dateFields(false))],
  async run(interaction, ctx) {
    const lang = replyLanguage(interaction);
    const before = await findDate(interaction, ctx);
    const fields = readFields(interaction, ctx, before);
    await checkReach(interaction, ctx, [before.language, fields.language ?? before.language]);
    const updated = await ctx.serverDateService.edit(interaction.guildId, before.id, fields);
    await replyPrivately(
      interaction,
      translator(lang)("serverDate.updated", { date: describeServerDate(updated, lang) }),
    );
  },
};
