import type { ChatInputCommandInteraction } from "discord.js";
import { translator } from "../../../i18n/translate.js";
import { lenientReplyLanguage, type Subcommand } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { describeTarget, nextDate } from "./remind-options.js";

/** `/remind list`: the member's reminders, why they are paused if they are, and what is kept. */
export const listReminders: Subcommand<
  ChatInputCommandInteraction,
  "reminders" | "calendar" | "lookUps" | "clock"
> = {
  key: "remind.list",
  async run(interaction, services) {
    const lang = lenientReplyLanguage(interaction);
    const t = translator(lang);
    const member = await services.reminders.member(interaction.user.id);
    if (!member?.targets.length) return replyPrivately(interaction, t("remind.none"));
    const lines = member.targets.map((target) => {
      const next = nextDate(services, target, lang);
      const when = next ? ` (${t("remind.next", { date: next })})` : "";
      return `- ${describeTarget(services, target, lang)}${when}`;
    });
    const paused = member.refused ? [t("remind.paused", { reason: member.refused.reason })] : [];
    await replyPrivately(
      interaction,
      [`**${t("remind.listTitle")}**`, ...lines, "", ...paused, t("remind.stored")].join("\n"),
    );
  },
};
