import type { ChatInputCommandInteraction } from "discord.js";
import { translator } from "../../../i18n/translate.js";
import { lenientReplyLanguage, type Subcommand } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";

/** `/remind resume`: after Discord refused the member's DMs, once they allowed them again. */
export const resumeReminders: Subcommand<ChatInputCommandInteraction, "reminders"> = {
  key: "remind.resume",
  async run(interaction, services) {
    const resumed = await services.reminders.resume(interaction.user.id);
    const t = translator(lenientReplyLanguage(interaction));
    await replyPrivately(interaction, t(resumed ? "remind.resumed" : "remind.notPaused"));
  },
};
