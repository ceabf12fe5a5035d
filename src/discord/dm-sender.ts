import { Routes, type APIChannel, type APIEmbed, type Client } from "discord.js";
import type { MemberTarget } from "../delivery/reminder-dispatcher.js";
import type { Sender } from "../delivery/sender.js";
import { translate } from "../i18n/translate.js";
import type { Calendar } from "../model/calendar-schema.js";
import { sendToChannel } from "./channel-sender.js";
import { classify } from "./delivery-failure.js";
import { searchOwnMessages } from "./find-own-message.js";
import { toDiscordMessages, type DiscordPost } from "./post-message.js";

/**
 * Members' reminders as direct messages: the day's post in the member's language, "In 1 day" above it
 * and how to stop it below, pinging no one. The DM channel is opened with Create DM (which returns the
 * one that exists: https://discord.com/developers/docs/resources/user#create-dm), remembered by this
 * process. Sending keeps the channels' rules: a nonce with enforce_nonce, and a later retry looks in
 * the DM first — a bot reads its own DMs without any permission.
 */
/**
 * What identifies a member's reminder among the bot's messages in their DM: the days it names (its
 * Discord timestamps), not its words — between a try that may have gone out and a retry the member
 * may add a day of that date, or change their language, and the earlier DM is still theirs.
 */
const daysNamed = (message: { content?: string; embeds?: APIEmbed[] }) =>
  [...new Set(JSON.stringify([message.content ?? "", message.embeds ?? []]).match(/<t:\d+/g))]
    .sort()
    .join();

export function directMessageSender(
  client: Client,
  calendar: Calendar,
): Sender<DiscordPost, MemberTarget> {
  const channels = new Map<string, string>();
  const dmChannel = async (userId: string, signal: AbortSignal) => {
    const known = channels.get(userId);
    if (known) return known;
    try {
      const channel = (await client.rest.post(Routes.userChannels(), {
        body: { recipient_id: userId },
        signal,
      })) as APIChannel;
      channels.set(userId, channel.id);
      return channel.id;
    } catch (error) {
      // Opening a DM makes no message: whatever its answer, nothing was sent.
      throw classify(error, false, signal);
    }
  };
  return {
    messages: (target, post) =>
      toDiscordMessages(
        calendar,
        { roleId: null, intro: null, language: target.language },
        post,
      ).map((message) => ({
        ...message,
        content: `${message.content ?? ""}\n-# ${translate(target.language, "remind.footer")}`,
      })),
    send: async (target, message, nonce, signal) =>
      sendToChannel(client, await dmChannel(target.userId, signal), message, nonce, signal),
    async find(target, message, since, taken, signal) {
      const wanted = daysNamed(message);
      return searchOwnMessages(client, {
        channelId: await dmChannel(target.userId, signal),
        since,
        matches: (m) => !taken.has(m.id) && daysNamed(m) === wanted,
        signal,
      });
    },
    // A direct message opens no thread and is not crossposted.
    openThread: async () => null,
    publish: async () => null,
  };
}
