import { embedPayload } from "./fixtures.js";

/* eslint-disable @typescript-eslint/no-explicit-any -- messages as the server keeps them */

/** What the message routes need of the server. */
export interface MessageStore {
  messages: Map<string, any[]>;
  botUser: { id: string };
  now(): number;
  channelExists(channelId: string): boolean;
  botCan(channelId: string, flag: bigint): boolean;
  /** Discord's limits on a message's content and embeds: the 50035 answer, or null. */
  limitBroken(body: { content?: string; embeds?: unknown[] }): unknown;
}

type Reply = (status: number, body?: unknown) => void;

const MANAGE_MESSAGES = 1n << 13n;
const PIN_MESSAGES = 1n << 51n;
/**
 * Pins per channel. The issue that asked for this said 50; discord-api-docs has said 250 since
 * 2026-06-23 ("Maximum number of pins reached for the channel (250)", 30003 in
 * https://discord.com/developers/docs/topics/opcodes-and-status-codes#json).
 */
export const MAX_PINS = 250;

const unknownMessage = { code: 10008, message: "Unknown Message" };
const missingPermissions = { code: 50013, message: "Missing Permissions" };

/**
 * `PATCH`/`DELETE /channels/{id}/messages/{id}` and `PUT`/`DELETE /channels/{id}/messages/pins/{id}`
 * as Discord answers them; null when the request is none of these.
 */
export function messageEditRoute(
  store: MessageStore,
  r: { method: string; path: string; body?: any },
  reply: Reply,
): true | null {
  let p: RegExpMatchArray | null;
  if ((p = r.path.match(/^\/channels\/(\d+)\/messages\/pins\/(\d+)$/))) {
    if (r.method !== "PUT" && r.method !== "DELETE") return null;
    pin(store, p[1]!, p[2]!, r.method === "PUT", reply);
    return true;
  }
  if (!(p = r.path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/))) return null;
  if (r.method === "PATCH") edit(store, p[1]!, p[2]!, r.body ?? {}, reply);
  else if (r.method === "DELETE") remove(store, p[1]!, p[2]!, reply);
  else return null;
  return true;
}

function find(store: MessageStore, channelId: string, messageId: string, reply: Reply) {
  if (!store.channelExists(channelId)) {
    reply(404, { code: 10003, message: "Unknown Channel" });
    return undefined;
  }
  const found = (store.messages.get(channelId) ?? []).find((m) => m.id === messageId);
  if (!found) reply(404, unknownMessage);
  return found;
}

/**
 * Edit Message: only the author may change `content` and `embeds` (anyone else: 50005, "Cannot edit a
 * message authored by another user"); the same limits as a new message; the answer is the message
 * with `edited_timestamp` set
 * (https://discord.com/developers/docs/resources/message#edit-message, 50005 in
 * https://discord.com/developers/docs/topics/opcodes-and-status-codes#json).
 */
function edit(
  store: MessageStore,
  channelId: string,
  messageId: string,
  body: { content?: string | null; embeds?: unknown[] | null },
  reply: Reply,
): void {
  const found = find(store, channelId, messageId, reply);
  if (!found) return;
  if (found.author.id !== store.botUser.id)
    return reply(403, { code: 50005, message: "Cannot edit a message authored by another user" });
  const invalid = store.limitBroken({
    content: body.content ?? undefined,
    embeds: body.embeds ?? undefined,
  });
  if (invalid) return reply(400, invalid);
  if (body.content !== undefined) found.content = body.content ?? "";
  if (body.embeds !== undefined) found.embeds = (body.embeds ?? []).map(embedPayload);
  found.edited_timestamp = new Date(store.now()).toISOString();
  reply(200, found);
}

/**
 * Delete Message: one's own, or anyone's with Manage Messages; 204
 * (https://discord.com/developers/docs/resources/message#delete-message).
 */
function remove(store: MessageStore, channelId: string, messageId: string, reply: Reply): void {
  const found = find(store, channelId, messageId, reply);
  if (!found) return;
  if (found.author.id !== store.botUser.id && !store.botCan(channelId, MANAGE_MESSAGES))
    return reply(403, missingPermissions);
  deleteMessage(store, channelId, messageId);
  reply(204);
}

/** Takes a message out of its channel, as a member (or the bot) deleting it does. */
export function deleteMessage(store: MessageStore, channelId: string, messageId: string): void {
  const kept = (store.messages.get(channelId) ?? []).filter((m) => m.id !== messageId);
  store.messages.set(channelId, kept);
}

/**
 * Pin and Unpin Message at the route of June 2025, which discord.js 14.28 uses
 * (Routes.channelMessagesPin): Pin Messages is required — since 23 February 2026 Manage Messages
 * alone no longer grants it (https://discord.com/developers/docs/change-log, 24 November 2025,
 * "Permission Changes Going into Effect February 2026 for PIN_MESSAGES …"); 204; at most MAX_PINS
 * pinned, then 400 with 30003 (https://discord.com/developers/docs/resources/message#pin-message).
 */
function pin(
  store: MessageStore,
  channelId: string,
  messageId: string,
  pinned: boolean,
  reply: Reply,
): void {
  const found = find(store, channelId, messageId, reply);
  if (!found) return;
  if (!store.botCan(channelId, PIN_MESSAGES)) return reply(403, missingPermissions);
  const count = (store.messages.get(channelId) ?? []).filter((m) => m.pinned).length;
  if (pinned && !found.pinned && count >= MAX_PINS)
    return reply(400, {
      code: 30003,
      message: `Maximum number of pins reached (${MAX_PINS})`,
    });
  found.pinned = pinned;
  reply(204);
}
