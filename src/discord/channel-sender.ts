import {
  ChannelType,
  DiscordAPIError,
  Routes,
  SnowflakeUtil,
  type APIMessage,
  type APIThreadChannel,
  type Client,
} from "discord.js";
import type { Clock } from "../clock/clock.js";
import type { Calendar, Language } from "../model/calendar-schema.js";
import type { Subscription } from "../model/subscription-model.js";
import type { Post } from "../schedule/compose.js";
import { DeliveryError, type Lookup, type Sender } from "../delivery/sender.js";
import { postKinds, threadName } from "../render/thread-name.js";
import { channelAccess, channelType } from "./channel-access.js";
import { remindMeRow } from "./commands/remind/remind-me-button.js";
import { classify } from "./delivery-failure.js";
import { findOwnMessage } from "./find-own-message.js";
import { findForumPost, forumPostBody, messageBody } from "./forum-post.js";
import { trackAttempts } from "./global-limit.js";
import { postSignature, toDiscordMessages, type DiscordPost } from "./post-message.js";

const ALREADY_CROSSPOSTED = 40033;
/** A message to a forum is refused: only its threads take messages (topics/opcodes-and-status-codes#json). */
const NOT_TEXT = 50008;
/** A message has one thread; starting another answers 160004 (topics/opcodes-and-status-codes#json). */
const THREAD_EXISTS = 160004;

/** A refusal that names the permission it lacked (Discord's 50013 does not say which). */
const naming = (failure: DeliveryError, permission: string) =>
  failure.kind === "forbidden"
    ? new DeliveryError("forbidden", `${failure.message}: I lack ${permission}`, failure.maybeSent)
    : failure;

/**
 * How far back a post's later message looks for the post: its retries end within the 72 hours a
 * missed post is caught up, and a post archives within a week (its longest period).
 */
const POST_LOOK_BACK_MS = 10 * 24 * 3_600_000;

/**
 * Where a message goes: the channel; in a forum, the first makes the day's post and the others go
 * into it (null: the post is not found).
 */
async function destination(
  client: Client,
  clock: Clock,
  sub: Subscription,
  message: DiscordPost,
  signal: AbortSignal,
): Promise<{ forumPost: boolean; channelId: string | null }> {
  try {
    const type = await channelType(client, sub.channelId, signal);
    if (type !== ChannelType.GuildForum) return { forumPost: false, channelId: sub.channelId };
    if (message.thread!.first) return { forumPost: true, channelId: sub.channelId };
    const after = BigInt(
      SnowflakeUtil.generate({ timestamp: clock.now().toMillis() - POST_LOOK_BACK_MS }),
    );
    const post = await findForumPost(client, sub, message.thread!.name, { after, signal });
    return { forumPost: false, channelId: post.found ? post.messageId : null };
  } catch (error) {
    throw classify(error, false, signal);
  }
}

/**
 * Posts through discord.js's REST queue, which keeps the rate limits. Each post carries a nonce with
 * enforce_nonce, so a retry inside Discord's nonce window returns the message it already made; a later
 * retry first looks for that message in the channel (`find`).
 */
export function discordSender(
  client: Client,
  calendar: Calendar,
  clock: Clock,
): Sender<DiscordPost> {
  /** A forum post (thread and starter): no nonce guards it, so a retry looks first (findStarter). */
  async function sendForumPost(sub: Subscription, message: DiscordPost, signal: AbortSignal) {
    const attempts = { mayHaveActed: false };
    try {
      const { body, warning } = await forumPostBody(client, sub, message, signal);
      const made = (await trackAttempts(attempts, () =>
        client.rest.post(Routes.threads(sub.channelId), { body, signal }),
      )) as APIThreadChannel;
      return { messageId: made.id, warning };
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      throw naming(classify(error, attempts.mayHaveActed, signal), "Send Messages in the forum");
    }
  }

  /** An earlier try's forum post: the bot's thread in the forum named after the day, since `after`. */
  async function findStarter(
    sub: Subscription,
    message: DiscordPost,
    after: bigint,
    taken: ReadonlySet<string>,
    signal: AbortSignal,
  ): Promise<Lookup> {
    try {
      return await findForumPost(client, sub, message.thread!.name, { after, taken, signal });
    } catch (error) {
      throw classify(error, false, signal);
    }
  }

  return {
    messages: (sub, post) =>
      withRemindMe(
        toDiscordMessages(calendar, sub, post).map((m, i) => ({
          ...m,
          thread: {
            name: threadName(post, sub.language),
            archive: sub.threadArchive,
            kinds: postKinds(post),
            language: sub.language,
            first: i === 0,
          },
        })),
        post,
        sub.language,
      ),

    async send(sub, message, nonce, signal) {
      // Most channels take messages: a forum's type is read (over REST, where this process does not
      // hold the server) only once a message to it was refused as to a non-text channel (50008).
      if (client.channels.cache.get(sub.channelId)?.type !== ChannelType.GuildForum)
        try {
          return await sendToChannel(client, sub.channelId, message, nonce, signal);
        } catch (error) {
          if ((error as DeliveryError).code !== NOT_TEXT) throw error;
        }
      const { forumPost, channelId } = await destination(client, clock, sub, message, signal);
      if (forumPost) return sendForumPost(sub, message, signal);
      if (!channelId) throw new DeliveryError("transient", "the day's forum post is not found");
      try {
        return await sendToChannel(client, channelId, message, nonce, signal);
      } catch (error) {
        const failure = error as DeliveryError;
        throw channelId === sub.channelId ? failure : naming(failure, "Send Messages in Threads");
      }
    },

    async openThread(sub, message, messageId, signal) {
      if (!sub.threadArchive || !message.thread?.first) return null;
      try {
        if ((await channelType(client, sub.channelId, signal)) === ChannelType.GuildForum)
          return null; // the post is a thread already
        await client.rest.post(Routes.threads(sub.channelId, messageId), {
          body: { name: message.thread.name, auto_archive_duration: sub.threadArchive },
          signal,
        });
        return null;
      } catch (error) {
        // An earlier try opened it: the thread has the message's id.
        if (error instanceof DiscordAPIError && error.code === THREAD_EXISTS) return null;
        const failure = classify(error, true, signal);
        if (failure.kind === "transient") throw failure;
        return `posted, but no thread opened: ${naming(failure, "Create Public Threads").message}`;
      }
    },

    async find(sub, message, since, taken, signal): Promise<Lookup> {
      const after = SnowflakeUtil.generate({ timestamp: since.toMillis() }).toString();
      const { forumPost, channelId } = await destination(client, clock, sub, message, signal);
      if (forumPost) return findStarter(sub, message, BigInt(after), taken, signal);
      // A forum post's later message: none without the post.
      if (!channelId) return { found: false };
      const wanted = postSignature({ content: message.content, embeds: message.embeds });
      const intro = message.intro !== undefined;
      const matches = (m: APIMessage) => !taken.has(m.id) && postSignature(m, { intro }) === wanted;
      return findOwnMessage(client, { channelId, since, matches, signal }, sub.channelId);
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
        body: { ...messageBody(message), nonce, enforce_nonce: true },
        signal,
      }),
    )) as APIMessage;
    return { messageId: sent.id };
  } catch (error) {
    throw classify(error, attempts.mayHaveActed, signal);
  }
}
