import type { ChatInputCommandInteraction } from "discord.js";
import { invalid } from "../../../errors/app-error.js";
import { localText, translator } from "../../../i18n/translate.js";
import { lenientReplyLanguage, type Subcommand } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { ALL, describeTarget, REMINDER, reminderOf } from "./remind-options.js";

/** `/remind remove`: one reminder, or with `all` everything kept about the member. */
export const removeReminder: Subcommand<ChatInputCommandInteraction, "reminders" | "calendar"> = {
  key: "remind.remove",
  options: [REMINDER, ALL],
  async run(interaction, services) {
    const t = translator(lenientReplyLanguage(interaction));
    const userId = interaction.user.id;
    if (ALL.read(interaction.options)) {
      const erased = await services.reminders.erase(userId);
      return replyPrivately(interaction, t(erased ? "remind.erased" : "remind.nothingKept"));
    }
    const key = REMINDER.read(interaction.options);
    if (key === null) throw invalid(localText("remind.needWhich"));
    const target = reminderOf(key);
    await services.reminders.remove(userId, target);
    await replyPrivately(
      interaction,
      t("remind.removed", {
        target: describeTarget(services, target, lenientReplyLanguage(interaction)),
      }),
    );
  },
};
