import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { localDate } from "../../../time/local-date.js";
import { parseDateInput } from "../../../time/parse-date.js";
import { composePost, postKinds, type Post } from "../../../schedule/compose.js";
import { localText, translator } from "../../../i18n/translate.js";
import { conflict, invalid } from "../../../errors/app-error.js";
import { replyLanguage, type Subcommand } from "../../command.js";
import { booleanOption, stringOption } from "../../command-options.js";
import { formatDate } from "../../../i18n/dates.js";
import { messageContent, toDiscordMessages, type DiscordPost } from "../../post-message.js";
import type { Calendar } from "../../../model/calendar-schema.js";
import type { IsoDate } from "../../../model/iso-date.js";
import type { Subscription } from "../../../model/subscription-model.js";
import { replyPrivately } from "../../reply-privately.js";
import { replyWith } from "../../reply-with.js";
import { channelToPost } from "./channel-to-post.js";
import { findSubscription } from "./find-subscription.js";
import { SUBSCRIPTION } from "./subscription-options.js";

/** What a subscription would post on a date (its day's post and any reminder, or its digest), pinging no one. */
export function postsOn(
  calendar: Calendar,
  sub: Pick<Subscription, "kinds" | "remindDays" | "weekday" | "roleId" | "language" | "intro">,
  date: IsoDate,
): DiscordPost[] {
  return postKinds(sub)
    .map((kind) => composePost(calendar, sub, date, kind))
    .filter((p): p is Post => p !== null)
    .flatMap((post) => toDiscordMessages(calendar, sub, post, { ping: false }));
}

const DATE = stringOption("subscription.date", (o) => o.setMaxLength(40));
const POST = booleanOption("subscription.post");

/**
 * Shows exactly what the channel would get on a date (its day-of post and any reminder); post:true
 * sends it there as a test, pinging no one, if the admin could post there themselves.
 */
export const previewSubscription: Subcommand<
  ChatInputCommandInteraction<"cached">,
  "subscriptionService" | "clock" | "calendar"
> = {
  key: "subscription.preview",
  options: [SUBSCRIPTION, DATE, POST],
  async run(interaction, services) {
    const sub = await findSubscription(interaction, services);
    const lang = replyLanguage(interaction);
    const t = translator(lang);
    const today = localDate(services.clock.now(), sub.timeZone);
    const typed = DATE.read(interaction.options);
    const parsed =
      typed === null ? { ok: true as const, date: today } : parseDateInput(typed, today);
    if (!parsed.ok) throw invalid(parsed.error);
    const messages = postsOn(services.calendar, sub, parsed.date);
    if (!messages.length)
      return replyPrivately(
        interaction,
        t("admin.nothingToPreview", {
          channel: `<#${sub.channelId}>`,
          date: formatDate(parsed.date, lang),
        }),
      );
    if (POST.read(interaction.options)) {
      const channel = channelToPost(interaction.guild, sub.channelId, sub, interaction.member);
      if (!channel.isSendable())
        throw conflict(localText("error.cannotTakeMessages", { channel: `<#${channel.id}>` }));
      for (const m of messages)
        await channel.send({
          ...m,
          content: messageContent({
            intro: m.intro,
            content:
              `${t("admin.testPost", { date: formatDate(parsed.date, lang) })} ${m.content ?? ""}`.trim(),
          }),
        });
      return replyPrivately(
        interaction,
        t("admin.testPostsSent", { count: messages.length, channel: `<#${channel.id}>` }),
      );
    }
    const [first, ...rest] = messages;
    await replyWith(interaction, {
      content: messageContent(first!),
      embeds: first!.embeds,
      ephemeral: true,
    });
    for (const m of rest) await interaction.followUp({ ...m, flags: MessageFlags.Ephemeral });
  },
};
