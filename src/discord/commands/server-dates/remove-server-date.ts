import type { ChatInputCommandInteraction } from "discord.js";
import { translator } from "../../../i18n/translate.js";
import { replyLanguage, type Subcommand } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { checkReach } from "./server-date-reach.js";
import { findDate, WHICH } from "./server-date-options.js";

/** `/date remove`: one of the server's own dates. */
export const removeServerDate: Subcommand<ChatInputCommandInteraction<"cached">> = {
  key: "serverDates.remove",
  options: [WHICH],
  async run(interaction, ctx) {
    const date = await findDate(interaction, ctx);
    await checkReach(interaction, ctx, [date.language]);
    const removed = await ctx.serverDateService.remove(interaction.guildId, date.id);
    await replyPrivately(
      interaction,
      translator(replyLanguage(interaction))("serverDate.removed", { name: removed.name }),
    );
  },
};
