import {
  ChannelType,
  DiscordAPIError,
  PermissionFlagsBits,
  RateLimitError,
  Routes,
  SnowflakeUtil,
  makeURLSearchParams,
  type APIMessage,
  type Client,
} from "discord.js";
import type { DateTime } from "luxon";
import type { Calendar, Language } from "../model/calendar-schema.js";
import type { Post } from "../schedule/compose.js";
import { DeliveryError, type FailureKind, type Lookup, type Sender } from "../delivery/sender.js";
import { channelAccess } from "./channel-access.js";
import { remindMeRow } from "./commands/remind/remind-me-button.js";
import { trackAttempts } from "./global-limit.js";
import { postSignature, toDiscordMessages, type DiscordPost } from "./post-message.js";

const UNKNOWN_CHANNEL = 10003;
const MISSING_ACCESS = 50001;
const MISSING_PERMISSIONS = 50013;
/** A user who does not accept the bot's direct messages (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json). */
const CANNOT_MESSAGE_USER = 50007;
const ALREADY_CROSSPOSTED = 40033;

/**
 * Discord's answer, as the scheduler needs it: gone, forbidden, worth retrying, or not. `acted`: whether
 * one of the request's tries may have made something (trackAttempts: one refused with a 4xx made
 * nothing; one answered 5xx, or not at all, may have). The last answer alone cannot tell: discord.js
 * retries out of sight, and a 429 may follow a 5xx that came after the write. A look-up never acts.
 */
export function classify(error: unknown, acted: boolean, signal?: AbortSignal): DeliveryError {
  const failure = (kind: FailureKind, reason: string) => new DeliveryError(kind, reason, acted);
  if (signal?.aborted) return failure("transient", "not done before the post's deadline");
  if (error instanceof RateLimitError)
    return failure(
      "transient",
      `rate limited for ${Math.round(error.retryAfter / 1000)} s on ${error.route}`,
    );
  if (error instanceof DiscordAPIError) {
    const reason = `${error.message} (${error.code})`;
    if (error.code === UNKNOWN_CHANNEL) return failure("gone", reason);
    if ([MISSING_ACCESS, MISSING_PERMISSIONS, CANNOT_MESSAGE_USER].includes(Number(error.code)))
      return failure("forbidden", reason);
    if (error.status >= 500 || error.status === 429) return failure("transient", reason);
    return failure("rejected", reason);
  }
  // HTTPError (5xx after discord.js's own retries), timeouts and network errors.
  return failure("transient", (error as Error).message || String(error));
}

/** Messages a look-up reads at most (pages of 100) before it says it cannot tell. */
const MAX_PAGES = 5;

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
      sendMessage(client, sub.channelId, message, nonce, signal),

    async find(sub, message, since, taken, signal): Promise<Lookup> {
      // Without Read Message History Discord answers an empty list, not an error
      // (https://discord.com/developers/docs/resources/message#get-channel-messages): the permission
      // is checked first.
      const { permissions } = await channelAccess(client, sub.channelId, signal).catch(
        (error: unknown) => {
          throw classify(error, false, signal);
        },
      );
      const needed = PermissionFlagsBits.ReadMessageHistory | PermissionFlagsBits.ViewChannel;
      if ((permissions & needed) !== needed)
        return { found: null, reason: "I lack Read Message History in the channel" };
      return findOwnMessage(client, sub.channelId, message, since, taken, signal);
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

/** Sends one message with its nonce (enforce_nonce): a repeat within Discord's window returns the first. */
export async function sendMessage(
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
          content: message.content,
          embeds: message.embeds,
          allowed_mentions: {
            parse: [],
            users: [],
            roles: message.allowedMentions.roles ?? [],
          },
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

/**
 * Looks for this message among the bot's own in a channel it may read, after `since`, passing over
 * those in `taken`; up to MAX_PAGES pages of 100.
 */
export async function findOwnMessage(
  client: Client,
  channelId: string,
  message: DiscordPost,
  since: DateTime,
  taken: ReadonlySet<string>,
  signal: AbortSignal,
): Promise<Lookup> {
  const me = client.user!.id;
  const wanted = postSignature({ content: message.content, embeds: message.embeds });
  let after = SnowflakeUtil.generate({ timestamp: since.toMillis() }).toString();
  for (let page = 0; page < MAX_PAGES; page++) {
    let messages: APIMessage[];
    try {
      messages = (await client.rest.get(Routes.channelMessages(channelId), {
        query: makeURLSearchParams({ after, limit: 100 }),
        signal,
      })) as APIMessage[];
    } catch (error) {
      throw classify(error, false, signal);
    }
    const mine = messages.find(
      (m) => m.author.id === me && !taken.has(m.id) && postSignature(m) === wanted,
    );
    if (mine) return { found: true, messageId: mine.id };
    if (messages.length < 100) return { found: false };
    after = messages.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
  }
  return { found: null, reason: `more than ${MAX_PAGES * 100} messages since the first try` };
}
