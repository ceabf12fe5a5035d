import {
  ChannelFlags,
  Routes,
  type APIGuildForumChannel,
  type APIGuildForumTag,
  type APIThreadChannel,
  type Client,
} from "discord.js";
import type { Subscription } from "../model/subscription-model.js";
import { DeliveryError } from "../delivery/sender.js";
import { tagName } from "../render/thread-name.js";
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

/**
 * The bot's forum post named `name` among the guild's active threads, the newest after `after` (a
 * snowflake) and not in `taken`; null when there is none. A forum post has no nonce, so this is
 * how a retry tells whether an earlier try made it. A thread archives after an hour without
 * activity at the least, longer than a post's retries take.
 */
export async function findForumPost(
  client: Client,
  sub: Subscription,
  name: string,
  options: { after?: bigint; taken?: ReadonlySet<string>; signal: AbortSignal },
): Promise<string | null> {
  const { threads } = (await client.rest.get(Routes.guildActiveThreads(sub.guildId), {
    signal: options.signal,
  })) as { threads: APIThreadChannel[] };
  const mine = threads
    .filter(
      (t) =>
        t.parent_id === sub.channelId &&
        t.owner_id === client.user!.id &&
        t.name === name &&
        !options.taken?.has(t.id) &&
        (options.after === undefined || BigInt(t.id) > options.after),
    )
    .map((t) => BigInt(t.id));
  return mine.length ? mine.reduce((a, b) => (a > b ? a : b)).toString() : null;
}
