import {
  ChannelFlags,
  PermissionFlagsBits,
  Routes,
  SnowflakeUtil,
  type APIGuildForumChannel,
  type APIGuildForumTag,
  type APIThreadChannel,
  type Client,
} from "discord.js";
import type { Subscription } from "../model/subscription-model.js";
import { DeliveryError, type Lookup } from "../delivery/sender.js";
import { tagName } from "../render/thread-name.js";
import { channelAccess } from "./channel-access.js";
import { messageContent, type DiscordPost, type PostThread } from "./post-message.js";

/** A forum holds at most 20 tags (https://discord.com/developers/docs/resources/channel#modify-channel). */
const TAGS_PER_FORUM = 20;

/**
 * The forum's tags for the post's kinds, in the subscription's language: those it has, and those the
 * bot adds (Modify Channel needs Manage Channels) while there is room; a warning names the ones it
 * could not add. A forum that requires a tag refuses a post without one (40067): then the post fails
 * for good, saying what is missing.
 */
async function forumTags(
  client: Client,
  forumId: string,
  thread: PostThread,
  signal: AbortSignal,
): Promise<{ ids: string[]; warning: string | null }> {
  const forum = (await client.rest.get(Routes.channel(forumId), {
    signal,
  })) as APIGuildForumChannel;
  const wanted = thread.kinds.map((kind) => tagName(kind, thread.language));
  let tags: APIGuildForumTag[] = forum.available_tags ?? [];
  const missing = wanted.filter((name) => !tags.some((t) => t.name === name));
  let warning: string | null = null;
  const room = missing.slice(0, TAGS_PER_FORUM - tags.length);
  if (missing.length > room.length)
    warning = `the forum has no room for the tags ${missing.slice(room.length).join(", ")}`;
  if (room.length) {
    try {
      const body = { available_tags: [...tags, ...room.map((name) => ({ name }))] };
      tags = (
        (await client.rest.patch(Routes.channel(forumId), { body, signal })) as APIGuildForumChannel
      ).available_tags;
    } catch (error) {
      if (signal.aborted) throw error;
      warning = `posted without the tags ${room.join(", ")}: I may not add them (Manage Channels)`;
    }
  }
  const ids = wanted.flatMap((name) => tags.filter((t) => t.name === name).map((t) => t.id));
  if (!ids.length && (forum.flags ?? 0) & ChannelFlags.RequireTag)
    throw new DeliveryError(
      "forbidden",
      `the forum requires a tag on each post: create the tags ${wanted.join(", ")}, or give me Manage Channels`,
    );
  return { ids, warning };
}

/**
 * The day's forum post, to send to the forum: a thread named after the day, its starter message the
 * post's first message (whose id is the thread's: https://discord.com/developers/docs/topics/threads#forums),
 * with its tags; and a warning for the tags it goes without.
 */
export async function forumPostBody(
  client: Client,
  sub: Subscription,
  message: DiscordPost,
  signal: AbortSignal,
): Promise<{ body: object; warning: string | null }> {
  const thread = message.thread!;
  const { ids, warning } = await forumTags(client, sub.channelId, thread, signal);
  const body = {
    name: thread.name,
    ...(thread.archive ? { auto_archive_duration: thread.archive } : {}),
    applied_tags: ids,
    message: messageBody(message),
  };
  return { body, warning };
}

/** A post's message as Discord takes it: only the subscription's role may ping. */
export const messageBody = (message: DiscordPost) => ({
  content: messageContent(message),
  embeds: message.embeds,
  allowed_mentions: { parse: [], users: [], roles: message.allowedMentions.roles ?? [] },
  components: message.components,
});

/** Archived threads asked for at a time: the most Discord gives. */
const ARCHIVED_PAGE = 100;

type ThreadList = { threads: APIThreadChannel[]; has_more?: boolean };

/**
 * The bot's forum post named `name`, the newest made after `after` (a snowflake) and not in `taken`:
 * among the guild's active threads, then among the forum's archived ones (a post archives after its
 * period without a message, an hour at the least: a long outage or a restored store outlasts it).
 * A forum post has no nonce, so this is how a retry tells whether an earlier try made it. Without
 * Read Message History the archived ones cannot be listed: then it cannot tell.
 */
export async function findForumPost(
  client: Client,
  sub: Subscription,
  name: string,
  options: { after: bigint; taken?: ReadonlySet<string>; signal: AbortSignal },
): Promise<Lookup> {
  const { signal } = options;
  const mine = (t: APIThreadChannel) =>
    t.parent_id === sub.channelId &&
    t.owner_id === client.user!.id &&
    t.name === name &&
    !options.taken?.has(t.id) &&
    BigInt(t.id) > options.after;
  const active = (await client.rest.get(Routes.guildActiveThreads(sub.guildId), {
    signal,
  })) as ThreadList;
  const found = newest(active.threads.filter(mine));
  if (found) return { found: true, messageId: found };
  const { permissions } = await channelAccess(client, sub.channelId, signal);
  const needed = PermissionFlagsBits.ReadMessageHistory | PermissionFlagsBits.ViewChannel;
  if ((permissions & needed) !== needed)
    return { found: null, reason: "I lack Read Message History in the forum", withoutNonce: true };
  const archived = await archivedSince(client, sub.channelId, options.after, signal);
  const old = newest(archived.filter(mine));
  return old ? { found: true, messageId: old } : { found: false };
}

/** The newest of these threads' ids, or null. */
function newest(threads: APIThreadChannel[]): string | null {
  const ids = threads.map((t) => BigInt(t.id));
  return ids.length ? ids.reduce((a, b) => (a > b ? a : b)).toString() : null;
}

/**
 * The forum's archived public threads, newest archive first, page by page until they archived
 * before `after` (a thread archives after it is made) or there are no more. Needs Read Message
 * History (https://discord.com/developers/docs/resources/channel#list-public-archived-threads).
 */
async function archivedSince(
  client: Client,
  forumId: string,
  after: bigint,
  signal: AbortSignal,
): Promise<APIThreadChannel[]> {
  const since = SnowflakeUtil.timestampFrom(after);
  const threads: APIThreadChannel[] = [];
  let before: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: String(ARCHIVED_PAGE) });
    if (before) query.set("before", before);
    const page = (await client.rest.get(Routes.channelThreads(forumId, "public"), {
      query,
      signal,
    })) as ThreadList;
    const recent = page.threads.filter((t) => archivedAt(t) >= since);
    threads.push(...recent);
    if (!page.has_more || recent.length < page.threads.length || !page.threads.length)
      return threads;
    before = page.threads.at(-1)!.thread_metadata!.archive_timestamp;
  }
}

const archivedAt = (t: APIThreadChannel) => Date.parse(t.thread_metadata!.archive_timestamp);
