import { ChannelType, DiscordAPIError, Routes, type APIMessage, type Client } from "discord.js";
import type { Calendar } from "../calendar/load.js";
import { DeliveryError, type Sender } from "../delivery/sender.js";
import { toDiscordPost } from "./post-message.js";

const UNKNOWN_CHANNEL = 10003;
const MISSING_ACCESS = 50001;
const MISSING_PERMISSIONS = 50013;

/** Discord's answer, as the scheduler needs it: gone, forbidden, worth retrying, or not. */
function classify(error: unknown): DeliveryError {
  if (error instanceof DiscordAPIError) {
    const reason = `${error.message} (${error.code})`;
    if (error.code === UNKNOWN_CHANNEL) return new DeliveryError("gone", reason);
    if (error.code === MISSING_ACCESS || error.code === MISSING_PERMISSIONS)
      return new DeliveryError("forbidden", reason);
    if (error.status >= 500 || error.status === 429) return new DeliveryError("transient", reason);
    return new DeliveryError("rejected", reason);
  }
  // HTTPError (5xx after discord.js's own retries), timeouts and network errors.
  return new DeliveryError("transient", (error as Error).message || String(error));
}

/**
 * Posts through discord.js's REST queue, which keeps the global and per-channel rate limits. Each post
 * carries a nonce with enforce_nonce, so a retry of a post Discord already made returns that message.
 */
export function discordSender(client: Client, calendar: Calendar): Sender {
  return {
    async send(sub, post, nonce) {
      const message = toDiscordPost(calendar, sub, post);
      let sent: APIMessage;
      try {
        sent = (await client.rest.post(Routes.channelMessages(sub.channelId), {
          body: {
            content: message.content,
            embeds: message.embeds.map((e) => e.toJSON()),
            allowed_mentions: { parse: [], users: [], roles: message.allowedMentions.roles ?? [] },
            nonce,
            enforce_nonce: true,
          },
        })) as APIMessage;
      } catch (error) {
        throw classify(error);
      }
      if (
        !sub.publish ||
        client.channels.cache.get(sub.channelId)?.type !== ChannelType.GuildAnnouncement
      ) {
        return { messageId: sent.id };
      }
      try {
        await client.rest.post(Routes.channelMessageCrosspost(sub.channelId, sent.id));
        return { messageId: sent.id };
      } catch (error) {
        return {
          messageId: sent.id,
          warning: `posted, but not published: ${classify(error).message}`,
        };
      }
    },
  };
}
