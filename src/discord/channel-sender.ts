import { ChannelType, DiscordAPIError, Routes, type APIMessage, type Client } from "discord.js";
import type { Calendar, Language } from "../model/calendar-schema.js";
import type { Post } from "../schedule/compose.js";
import type { Lookup, Sender } from "../delivery/sender.js";
import { channelAccess } from "./channel-access.js";
import { remindMeRow } from "./commands/remind/remind-me-button.js";
import { classify } from "./delivery-failure.js";
import { findOwnMessage } from "./find-own-message.js";
import { trackAttempts } from "./global-limit.js";
import {
  messageContent,
  postSignature,
  toDiscordMessages,
  type DiscordPost,
} from "./post-message.js";

const ALREADY_CROSSPOSTED = 40033;

/**
 * Posts through discord.js's REST queue, which keeps the rate limits. Each post carries a nonce with
 * enforce_nonce, so a retry inside Discord's nonce window returns the message it already made; a later
 * retry first looks for that message in the channel (`find`).
 */
export function discordSender(client: Client, calendar: Calendar): Sender<DiscordPost> {
  return {
    messages: (sub, post) =>
      withRemindMe(toDiscordMessages(calendar, sub, post), post, sub.language),

    send: (sub, message, nonce, signal) =>
      sendToChannel(client, sub.channelId, message, nonce, signal),

    find(sub, message, since, taken, signal): Promise<Lookup> {
      const wanted = postSignature({ content: message.content, embeds: message.embeds });
      return findOwnMessage(
        client,
        sub.channelId,
        since,
        (m) =>
          !taken.has(m.id) && postSignature(m, { intro: message.intro !== undefined }) === wanted,
        signal,
      );
    },

    async publish(sub, messageId) {
      if (!sub.publish) return null;
      try {
        const { type } = await channelAccess(client, sub.channelId);
        if (type !== ChannelType.GuildAnnouncement) return null;
        await client.rest.post(Routes.channelMessageCrosspost(sub.channelId, messageId));
        return null;
      } catch (error) {
        if (error instanceof DiscordAPIError && error.code === ALREADY_CROSSPOSTED) return null;
        return `posted, but not published: ${classify(error, false).message}`;
      }
    },
  };
}

/** The post's last message carries the "Remind me" button (a weekly digest none). */
function withRemindMe(messages: DiscordPost[], post: Post, lang: Language): DiscordPost[] {
  const row = remindMeRow(post, lang);
  if (!row) return messages;
  return messages.map((m, i) => (i === messages.length - 1 ? { ...m, components: [row] } : m));
}

/**
 * Sends one message with its nonce and enforce_nonce, letting ping only the roles it names. A refusal
 * is a DeliveryError, "maybe sent" when one of discord.js's tries may have made it.
 */
export async function sendToChannel(
  client: Client,
  channelId: string,
  message: DiscordPost,
  nonce: string,
  signal: AbortSignal,
): Promise<{ messageId: string }> {
  const attempts = { mayHaveActed: false };
  try {
    const sent = (await trackAttempts(attempts, () =>
      client.rest.post(Routes.channelMessages(channelId), {
        body: {
          content: messageContent(message),
          embeds: message.embeds,
          allowed_mentions: { parse: [], users: [], roles: message.allowedMentions.roles ?? [] },
          components: message.components,
          nonce,
          enforce_nonce: true,
        },
        signal,
      }),
    )) as APIMessage;
    return { messageId: sent.id };
  } catch (error) {
    throw classify(error, attempts.mayHaveActed, signal);
  }
}
