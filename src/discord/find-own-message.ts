import {
  PermissionFlagsBits,
  Routes,
  SnowflakeUtil,
  makeURLSearchParams,
  type APIMessage,
  type Client,
} from "discord.js";
import type { DateTime } from "luxon";
import type { Lookup } from "../delivery/sender.js";
import { channelAccess } from "./channel-access.js";
import { classify } from "./delivery-failure.js";

/** Messages a look-up reads at most (pages of 100) before it says it cannot tell. */
const MAX_PAGES = 5;

/** Where to look for one of the bot's own messages: the first after `since` that `matches`. */
export interface OwnMessageSearch {
  channelId: string;
  since: DateTime;
  matches: (message: APIMessage) => boolean;
  signal: AbortSignal;
}

/**
 * Looks for one of the bot's own messages in a server's channel. Without Read Message History Discord
 * answers an empty list, not an error
 * (https://discord.com/developers/docs/resources/message#get-channel-messages): the permission is
 * checked first, in `checkIn` (a forum post's thread follows its forum), and its lack is a look that
 * cannot tell.
 */
export async function findOwnMessage(
  client: Client,
  search: OwnMessageSearch,
  checkIn = search.channelId,
): Promise<Lookup> {
  const { signal } = search;
  const { permissions } = await channelAccess(client, checkIn, signal).catch((error: unknown) => {
    throw classify(error, false, signal);
  });
  const needed = PermissionFlagsBits.ReadMessageHistory | PermissionFlagsBits.ViewChannel;
  if ((permissions & needed) !== needed)
    return { found: null, reason: "I lack Read Message History in the channel" };
  return searchOwnMessages(client, search);
}

/**
 * Pages through a channel the bot may read (a server's channel it was checked in, or its own DM) for
 * the first of its own messages after `since` that `matches`.
 */
export async function searchOwnMessages(
  client: Client,
  { channelId, since, matches, signal }: OwnMessageSearch,
): Promise<Lookup> {
  const me = client.user!.id;
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
    const mine = messages.find((m) => m.author.id === me && matches(m));
    if (mine) return { found: true, messageId: mine.id };
    if (messages.length < 100) return { found: false };
    after = messages.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
  }
  return { found: null, reason: `more than ${MAX_PAGES * 100} messages since the first try` };
}
