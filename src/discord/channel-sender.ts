import {
  ChannelType,
  DiscordAPIError,
  PermissionFlagsBits,
  RateLimitError,
  Routes,
  SnowflakeUtil,
  makeURLSearchParams,
  type APIMessage,
  type APIThreadChannel,
  type Client,
} from "discord.js";
import type { Calendar } from "../model/calendar-schema.js";
import { DeliveryError, type FailureKind, type Lookup, type Sender } from "../delivery/sender.js";
import type { Subscription } from "../model/subscription-model.js";
import { postKinds, threadName } from "../render/thread-name.js";
import { channelAccess, channelType } from "./channel-access.js";
import { findForumPost, forumPostBody, messageBody } from "./forum-post.js";
import { trackAttempts } from "./global-limit.js";
import { postSignature, toDiscordMessages, type DiscordPost } from "./post-message.js";

const UNKNOWN_CHANNEL = 10003;
const MISSING_ACCESS = 50001;
const MISSING_PERMISSIONS = 50013;
const ALREADY_CROSSPOSTED = 40033;
/** A message has one thread; starting another answers 160004 (topics/opcodes-and-status-codes#json). */
const THREAD_EXISTS = 160004;

/**
 * Discord's answer, as the scheduler needs it: gone, forbidden, worth retrying, or not. `acted`: whether
 * one of the request's tries may have made something (trackAttempts: one refused with a 4xx made
 * nothing; one answered 5xx, or not at all, may have). The last answer alone cannot tell: discord.js
 * retries out of sight, and a 429 may follow a 5xx that came after the write. A look-up never acts.
 */
function classify(error: unknown, acted: boolean, signal?: AbortSignal): DeliveryError {
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
    if (error.code === MISSING_ACCESS || error.code === MISSING_PERMISSIONS)
      return failure("forbidden", reason);
    if (error.status >= 500 || error.status === 429) return failure("transient", reason);
    return failure("rejected", reason);
  }
  // HTTPError (5xx after discord.js's own retries), timeouts and network errors.
  return failure("transient", (error as Error).message || String(error));
}

/** A refusal that names the permission it lacked (Discord's 50013 does not say which). */
const naming = (failure: DeliveryError, permission: string) =>
  failure.kind === "forbidden"
    ? new DeliveryError("forbidden", `${failure.message}: I lack ${permission}`, failure.maybeSent)
    : failure;

/** Messages a look-up reads at most (pages of 100) before it says it cannot tell. */
const MAX_PAGES = 5;

/** The bot's message in `channelId` after `after` that looks like `message`, passing over `taken`. */
async function findInHistory(
  client: Client,
  channelId: string,
  message: DiscordPost,
  after: string,
  taken: ReadonlySet<string>,
  signal: AbortSignal,
): Promise<Lookup> {
  const me = client.user!.id;
  const wanted = postSignature({ content: message.content, embeds: message.embeds });
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

/**
 * Where a message goes: the channel; in a forum, the first makes the day's post and the others go
 * into it (null: the post is not found).
 */
async function destination(
  client: Client,
  sub: Subscription,
  message: DiscordPost,
  signal: AbortSignal,
): Promise<{ forumPost: boolean; channelId: string | null }> {
  try {
    const type = await channelType(client, sub.channelId, signal);
    if (type !== ChannelType.GuildForum) return { forumPost: false, channelId: sub.channelId };
    if (message.thread!.first) return { forumPost: true, channelId: sub.channelId };
    const post = await findForumPost(client, sub, message.thread!.name, { signal });
    return { forumPost: false, channelId: post };
  } catch (error) {
    throw classify(error, false, signal);
  }
}

/**
 * Posts through discord.js's REST queue, which keeps the rate limits. Each post carries a nonce with
 * enforce_nonce, so a retry inside Discord's nonce window returns the message it already made; a later
 * retry first looks for that message in the channel (`find`).
 */
export function discordSender(client: Client, calendar: Calendar): Sender<DiscordPost> {
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
      const id = await findForumPost(client, sub, message.thread!.name, { after, taken, signal });
      return id ? { found: true, messageId: id } : { found: false };
    } catch (error) {
      throw classify(error, false, signal);
    }
  }

  return {
    messages: (sub, post) =>
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

    async send(sub, message, nonce, signal) {
      const { forumPost, channelId } = await destination(client, sub, message, signal);
      if (forumPost) return sendForumPost(sub, message, signal);
      if (!channelId) throw new DeliveryError("transient", "the day's forum post is not found");
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
        const failure = classify(error, attempts.mayHaveActed, signal);
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
      const { forumPost, channelId } = await destination(client, sub, message, signal);
      if (forumPost) return findStarter(sub, message, BigInt(after), taken, signal);
      // A forum post's later message: none without the post.
      if (!channelId) return { found: false };
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
      return findInHistory(client, channelId, message, after, taken, signal);
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
