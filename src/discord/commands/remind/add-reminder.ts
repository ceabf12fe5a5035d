import { translator } from "../../../i18n/translate.js";
import { lenientReplyLanguage, type Subcommand } from "../../command.js";
import type { ChatInputCommandInteraction } from "discord.js";
import { replyPrivately } from "../../reply-privately.js";
import { DAY, describeTarget, KIND, nextDate, pausedAnswer, targetOf } from "./remind-options.js";

/** `/remind add`: a day or a kind, in the language of the member's Discord. */
export const addReminder: Subcommand<
  ChatInputCommandInteraction,
  "reminders" | "calendar" | "lookUps" | "clock"
> = {
  key: "remind.add",
  options: [DAY, KIND],
  async run(interaction, services) {
    const lang = lenientReplyLanguage(interaction);
    const target = targetOf(interaction);
    const { added, refused } = await services.reminders.add(interaction.user.id, target, lang);
    const t = translator(lang);
    if (refused) return replyPrivately(interaction, pausedAnswer(lang, refused.reason));
    await replyPrivately(
      interaction,
      added
        ? t("remind.added", {
            target: describeTarget(services, target, lang),
            date: nextDate(services, target, lang) ?? "—",
          })
        : t("remind.already"),
    );
  },
};
