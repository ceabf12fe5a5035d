import { PermissionFlagsBits, type ChatInputCommandInteraction, type Guild } from "discord.js";
import { NONCE_TRUST_MS } from "../../../model/delivery-key.js";
import type { Subscription } from "../../../model/subscription-model.js";
import { MAX_SUBSCRIPTIONS_PER_GUILD } from "../../../model/subscription-model.js";
import type { Language } from "../../../model/calendar-schema.js";
import { translate, translator } from "../../../i18n/translate.js";
import { replyLanguage, type Subcommand } from "../../command.js";
import { replyPrivately } from "../../reply-privately.js";
import { describeSubscription } from "./describe-subscription.js";

/** `/subscription list`: the server's subscriptions, with a warning where the bot cannot read history. */
export const listSubscriptions: Subcommand<
  ChatInputCommandInteraction<"cached">,
  "subscriptions"
> = {
  key: "subscription.list",
  run: async (interaction, services) => {
    const lang = replyLanguage(interaction);
    const t = translator(lang);
    const subs = await services.subscriptions.list(interaction.guildId);
    if (!subs.length) return replyPrivately(interaction, t("admin.none"));
    const body = subs
      .map(
        (s, i) =>
          `**${i + 1}.** ${describeSubscription(s, lang)}${historyWarning(interaction.guild, s, lang)}`,
      )
      .join("\n\n");
    const header = `${t("admin.listHeader", { count: subs.length, max: MAX_SUBSCRIPTIONS_PER_GUILD })}\n\n`;
    // A message holds 2,000 characters; 25 subscriptions can exceed that, so the list is cut with a note.
    const text = header + body;
    await replyPrivately(
      interaction,
      text.length <= 2000 ? text : `${text.slice(0, 1950)}…\n${t("admin.listCut")}`,
    );
  },
};

/**
 * Without Read Message History the bot cannot check whether a post whose answer was lost exists, so it
 * resends only while Discord's nonce still prevents a second message, and otherwise leaves it.
 */
function historyWarning(guild: Guild, sub: Subscription, lang: Language): string {
  const channel = guild.channels.cache.get(sub.channelId);
  if (
    !channel ||
    channel.permissionsFor(guild.members.me!).has(PermissionFlagsBits.ReadMessageHistory)
  )
    return "";
  return `\n${translate(lang, "admin.noHistory", { channel: `<#${sub.channelId}>`, count: NONCE_TRUST_MS / 60_000 })}`;
}
