import { PERMISSIONS, type FakeChannel } from "./fixtures.js";
import { snowflake } from "./snowflake.js";

/**
 * Threads and forum posts as Discord handles them (tests/kit/fake-discord/RULES.md, "Threads"):
 * starting a thread on a message, a forum post (a thread with its starter message), a forum's tags,
 * the guild's active threads and a channel's archived ones.
 */

export const CHANNEL_TYPES = { text: 0, announcement: 5, forum: 15, media: 16 } as const;
const PUBLIC_THREAD = 11;
const ANNOUNCEMENT_THREAD = 10;
/** A forum flag: each post must carry a tag (https://discord.com/developers/docs/resources/channel#channel-object-channel-flags). */
export const REQUIRE_TAG = 1 << 4;
const ARCHIVE_MINUTES = [60, 1440, 4320, 10080];

export interface FakeTag {
  id: string;
  name: string;
  moderated: boolean;
  emoji_id: string | null;
  emoji_name: string | null;
}

export interface FakeThread {
  id: string;
  guild_id: string;
  parent_id: string;
  owner_id: string;
  name: string;
  type: number;
  flags: number;
  applied_tags: string[];
  /** When it was made, on the server's `now` (its archive runs from its last message). */
  createdAt: number;
  autoArchiveMinutes: number;
}

type Reply = (status: number, body?: unknown) => void;

/** What the bot sends to start a thread or make a forum post; a forum's tags (Modify Channel). */
interface ThreadBody {
  name: string;
  auto_archive_duration?: number;
  applied_tags?: string[];
  message?: { content?: string; embeds?: unknown[] };
  available_tags?: Partial<FakeTag>[];
}

/** What the routes need of the server. */
export interface ThreadHost {
  readonly threads: Map<string, FakeThread>;
  readonly messages: Map<string, { id: string; timestamp: string }[]>;
  readonly botUser: { id: string };
  findGuildChannel(id: string): FakeChannel | undefined;
  botCan(channelId: string, flag: bigint): boolean;
  now(): number;
  message(channelId: string, body: object): { id: string; timestamp: string };
  messageLimitBroken(body: object): unknown;
  dispatch(t: string, d: unknown, guildId?: string): void;
}

const invalid = (field: string, message: string) => ({
  code: 50035,
  message: "Invalid Form Body",
  errors: { [field]: { _errors: [{ code: "BASE_TYPE_BAD", message }] } },
});
const MISSING_PERMISSIONS = { code: 50013, message: "Missing Permissions" };
const UNKNOWN_CHANNEL = { code: 10003, message: "Unknown Channel" };
const WRONG_TYPE = { code: 50024, message: "Cannot execute action on this channel type" };

/**
 * Whether a thread is archived: after `auto_archive_duration` minutes without a message
 * (https://discord.com/developers/docs/topics/threads#active-archived-threads).
 */
function archived(host: ThreadHost, thread: FakeThread): boolean {
  return host.now() >= archivesAt(host, thread);
}

/** When a thread archives (or archived): its last activity and its period after. */
function archivesAt(host: ThreadHost, thread: FakeThread): number {
  const last = (host.messages.get(thread.id) ?? []).at(-1);
  const activity = last ? Date.parse(last.timestamp) : thread.createdAt;
  return activity + thread.autoArchiveMinutes * 60_000;
}

/** A thread as the API answers it (https://discord.com/developers/docs/resources/channel#channel-object). */
export function threadPayload(host: ThreadHost, thread: FakeThread) {
  const count = (host.messages.get(thread.id) ?? []).length;
  const { createdAt, autoArchiveMinutes, ...fields } = thread;
  // When its archive status last changed: archived, when it archived; else when it was made.
  const changed = archived(host, thread) ? archivesAt(host, thread) : createdAt;
  return {
    ...fields,
    last_message_id: (host.messages.get(thread.id) ?? []).at(-1)?.id ?? null,
    rate_limit_per_user: 0,
    message_count: count,
    member_count: 1,
    total_message_sent: count,
    thread_metadata: {
      archived: archived(host, thread),
      auto_archive_duration: autoArchiveMinutes,
      archive_timestamp: new Date(changed).toISOString(),
      locked: false,
      create_timestamp: new Date(createdAt).toISOString(),
    },
  };
}

/** Name and archive period as Discord checks them: 1–100 characters; 60, 1440, 4320 or 10080. */
function badThread(body: Partial<ThreadBody>): unknown {
  if (!body.name || body.name.length > 100) return invalid("name", "Must be 1-100 characters.");
  if (
    body.auto_archive_duration !== undefined &&
    !ARCHIVE_MINUTES.includes(body.auto_archive_duration)
  )
    return invalid("auto_archive_duration", "Value must be one of {60, 1440, 4320, 10080}.");
  return null;
}

function open(
  host: ThreadHost,
  parent: FakeChannel,
  id: string,
  body: ThreadBody,
  type: number,
): FakeThread {
  const thread: FakeThread = {
    id,
    guild_id: parent.guild_id,
    parent_id: parent.id,
    owner_id: host.botUser.id,
    name: body.name,
    type,
    flags: 0,
    applied_tags: body.applied_tags ?? [],
    createdAt: host.now(),
    autoArchiveMinutes: body.auto_archive_duration ?? 4320,
  };
  host.threads.set(id, thread);
  host.dispatch(
    "THREAD_CREATE",
    { ...threadPayload(host, thread), newly_created: true },
    parent.guild_id,
  );
  return thread;
}

/**
 * Start Thread from Message: a text channel's message opens a public thread, an announcement
 * channel's an announcement thread; not in forums (50024). The thread takes the message's id, so a
 * message has one thread: a second answers 400, 160004. Needs Create Public Threads
 * (https://discord.com/developers/docs/resources/channel#start-thread-from-message,
 * https://discord.com/developers/docs/topics/threads#public-private-threads,
 * https://discord.com/developers/docs/topics/opcodes-and-status-codes#json).
 */
function threadFromMessage(
  host: ThreadHost,
  channelId: string,
  messageId: string,
  body: ThreadBody,
  reply: Reply,
) {
  const channel = host.findGuildChannel(channelId);
  if (!channel) return reply(404, UNKNOWN_CHANNEL);
  if (channel.type !== CHANNEL_TYPES.text && channel.type !== CHANNEL_TYPES.announcement)
    return reply(400, WRONG_TYPE);
  if (!(host.messages.get(channelId) ?? []).some((m) => m.id === messageId))
    return reply(404, { code: 10008, message: "Unknown Message" });
  if (!host.botCan(channelId, PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.CREATE_PUBLIC_THREADS))
    return reply(403, MISSING_PERMISSIONS);
  const bad = badThread(body);
  if (bad) return reply(400, bad);
  if (host.threads.has(messageId))
    return reply(400, {
      code: 160004,
      message: "A thread has already been created for this message",
    });
  const type = channel.type === CHANNEL_TYPES.text ? PUBLIC_THREAD : ANNOUNCEMENT_THREAD;
  reply(201, threadPayload(host, open(host, channel, messageId, body, type)));
}

/**
 * Start Thread in Forum or Media Channel: a public thread and its starter message, which shares the
 * thread's id. Needs Send Messages (Create Public Threads is ignored); at most 5 tags, each one of
 * the forum's; a forum with REQUIRE_TAG refuses a post without one (40067). The message has no
 * nonce: nothing stops a second post with the same content
 * (https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel,
 * https://discord.com/developers/docs/topics/threads#forums,
 * https://discord.com/developers/docs/topics/opcodes-and-status-codes#json).
 */
function forumPost(host: ThreadHost, channel: FakeChannel, body: ThreadBody, reply: Reply) {
  if (!host.botCan(channel.id, PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES))
    return reply(403, MISSING_PERMISSIONS);
  const bad = badThread(body) ?? host.messageLimitBroken(body.message ?? {});
  if (bad) return reply(400, bad);
  const tags: string[] = body.applied_tags ?? [];
  const known = new Set((channel.available_tags ?? []).map((t) => t.id));
  if (tags.length > 5 || tags.some((t) => !known.has(t)))
    return reply(400, invalid("applied_tags", "Must be at most 5 of the channel's tags."));
  if ((channel.flags & REQUIRE_TAG) !== 0 && !tags.length)
    return reply(400, {
      code: 40067,
      message: "A tag is required to create a forum post in this channel",
    });
  const starter = host.message("0", body.message ?? {});
  const thread = open(host, channel, starter.id, body, PUBLIC_THREAD);
  const message = { ...starter, channel_id: thread.id, position: 0 };
  host.messages.set(thread.id, [message]);
  reply(201, { ...threadPayload(host, thread), message });
}

/**
 * Modify Channel, for a forum's tags: Manage Channels; at most 20 tags of 0–20 characters, with
 * unique names (40061); a tag given without its id is new
 * (https://discord.com/developers/docs/resources/channel#modify-channel,
 * https://discord.com/developers/docs/resources/channel#forum-tag-object).
 */
function editTags(host: ThreadHost, channel: FakeChannel, body: ThreadBody, reply: Reply) {
  if (!host.botCan(channel.id, PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.MANAGE_CHANNELS))
    return reply(403, MISSING_PERMISSIONS);
  const given: Partial<FakeTag>[] = body.available_tags ?? [];
  if (given.length > 20)
    return reply(400, invalid("available_tags", "Must be 20 or fewer in length."));
  if (given.some((t) => (t.name ?? "").length > 20))
    return reply(400, invalid("available_tags", "Must be 20 or fewer in length."));
  if (new Set(given.map((t) => t.name)).size < given.length)
    return reply(400, { code: 40061, message: "Tag names must be unique" });
  channel.available_tags = given.map((t) => ({
    id: t.id ?? snowflake(),
    name: t.name ?? "",
    moderated: t.moderated ?? false,
    emoji_id: t.emoji_id ?? null,
    emoji_name: t.emoji_name ?? null,
  }));
  reply(200, channel);
}

/**
 * What Discord answers a message to a forum (50008: only threads take messages) or to a thread the
 * bot may not write in (Send Messages in Threads; Send Messages counts for nothing there)
 * (https://discord.com/developers/docs/topics/threads#forums,
 * https://discord.com/developers/docs/topics/threads#permissions).
 */
export function threadRefusal(
  host: ThreadHost,
  channelId: string,
): { status: number; body: unknown } | null {
  const type = host.findGuildChannel(channelId)?.type;
  if (type === CHANNEL_TYPES.forum || type === CHANNEL_TYPES.media)
    return {
      status: 400,
      body: { code: 50008, message: "Cannot send messages in a non-text channel" },
    };
  if (host.threads.has(channelId) && !host.botCan(channelId, PERMISSIONS.SEND_MESSAGES_IN_THREADS))
    return { status: 403, body: MISSING_PERMISSIONS };
  return null;
}

/**
 * List Public Archived Threads: a text, announcement or forum channel's archived public threads,
 * newest archive first, those archived before `before` (an ISO8601 timestamp) when given, at most
 * `limit` (2–100, 50 when none is given), `has_more` when there are others. Needs Read Message
 * History; without it we answer 403, 50013 (the page does not say what Discord answers)
 * (https://discord.com/developers/docs/resources/channel#list-public-archived-threads).
 */
function archivedThreads(
  host: ThreadHost,
  channelId: string,
  query: URLSearchParams,
  reply: Reply,
) {
  const channel = host.findGuildChannel(channelId);
  if (!channel) return reply(404, UNKNOWN_CHANNEL);
  if (!host.botCan(channelId, PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.READ_MESSAGE_HISTORY))
    return reply(403, MISSING_PERMISSIONS);
  const limit = Number(query.get("limit") ?? 50);
  if (!Number.isInteger(limit) || limit < 2 || limit > 100)
    return reply(400, invalid("limit", "Value must be between 2 and 100."));
  const before = query.has("before") ? Date.parse(query.get("before")!) : Infinity;
  const older = [...host.threads.values()]
    .filter((t) => t.parent_id === channelId && archived(host, t) && archivesAt(host, t) < before)
    .sort((a, b) => archivesAt(host, b) - archivesAt(host, a));
  reply(200, {
    threads: older.slice(0, limit).map((t) => threadPayload(host, t)),
    members: [],
    has_more: older.length > limit,
  });
}

/** The thread routes; false when the request is none of them. */
export function routeThreads(
  host: ThreadHost,
  r: { method: string; path: string; body?: unknown; query: URLSearchParams },
  reply: Reply,
): boolean {
  let p: RegExpMatchArray | null;
  if ((p = r.path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/)) && r.method === "POST") {
    threadFromMessage(host, p[1]!, p[2]!, (r.body ?? {}) as ThreadBody, reply);
    return true;
  }
  if ((p = r.path.match(/^\/channels\/(\d+)\/threads$/)) && r.method === "POST") {
    const channel = host.findGuildChannel(p[1]!);
    if (!channel) reply(404, UNKNOWN_CHANNEL);
    else if (channel.type !== CHANNEL_TYPES.forum && channel.type !== CHANNEL_TYPES.media)
      reply(400, WRONG_TYPE); // threads without a message are not modelled
    else forumPost(host, channel, (r.body ?? {}) as ThreadBody, reply);
    return true;
  }
  if ((p = r.path.match(/^\/channels\/(\d+)$/)) && r.method === "PATCH") {
    const channel = host.findGuildChannel(p[1]!);
    if (!channel) reply(404, UNKNOWN_CHANNEL);
    else editTags(host, channel, (r.body ?? {}) as ThreadBody, reply);
    return true;
  }
  if ((p = r.path.match(/^\/channels\/(\d+)\/threads\/archived\/public$/)) && r.method === "GET") {
    archivedThreads(host, p[1]!, r.query, reply);
    return true;
  }
  if ((p = r.path.match(/^\/guilds\/(\d+)\/threads\/active$/)) && r.method === "GET") {
    // Active threads the bot can see, newest first
    // (https://discord.com/developers/docs/resources/guild#list-active-guild-threads).
    const threads = [...host.threads.values()]
      .filter((t) => t.guild_id === p![1] && !archived(host, t))
      .filter((t) => host.botCan(t.parent_id, PERMISSIONS.VIEW_CHANNEL))
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    reply(200, {
      threads: threads.map((t) => threadPayload(host, t)),
      members: [],
      has_more: false,
    });
    return true;
  }
  return false;
}
