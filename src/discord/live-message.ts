import { DiscordAPIError, EmbedBuilder, Routes, type APIMessage, type Client } from "discord.js";
import type { LiveSender } from "../delivery/live-sender.js";
import { translator } from "../i18n/translate.js";
import type { Language } from "../model/calendar-schema.js";
import { TONE_COLOURS } from "../render/observance.js";
import { classify, MISSING_PERMISSIONS } from "./delivery-failure.js";
import { findOwnMessage } from "./find-own-message.js";
import { sendToChannel } from "./channel-sender.js";
import { occurrenceLines } from "./occurrence-line.js";
import type { DiscordPost } from "./post-message.js";

const UNKNOWN_MESSAGE = 10008;
const MAX_PINS_REACHED = 30003;
const UNKNOWN_CHANNEL = 10003;

/** The title and footer a live message carries: how the bot tells it from its other messages. */
const marks = (lang: Language, zone: string) => {
  const t = translator(lang);
  return { title: t("live.title"), footer: t("live.footer", { zone }) };
};

/** A live message speaks to no one: it mentions nobody, and its edits ping no one. */
const NO_MENTIONS = { parse: [], users: [], roles: [] };

/**
 * The live message over discord.js's REST queue (its rate limits, the global pacer): created with a
 * nonce and enforce_nonce, as posts are; edited in place; pinned where asked.
 */
export function discordLiveSender(client: Client): LiveSender<DiscordPost> {
  return {
    draw(sub, days) {
      const { title, footer } = marks(sub.language, sub.timeZone);
      const lines = occurrenceLines(days, sub.language);
      const embed = new EmbedBuilder()
        .setTitle(title)
        .setDescription(lines.length ? lines.join("\n") : translator(sub.language)("live.nothing"))
        .setFooter({ text: footer })
        .setColor(TONE_COLOURS.neutral);
      return { embeds: [embed.toJSON()], allowedMentions: NO_MENTIONS };
    },

    create: (sub, message, nonce, signal) =>
      sendToChannel(client, sub.channelId, message, nonce, signal),

    async edit(sub, messageId, message, signal) {
      try {
        // The answer is the message object, `pinned` with it: a member's unpin is seen here.
        const answer = (await client.rest.patch(Routes.channelMessage(sub.channelId, messageId), {
          body: { embeds: message.embeds, allowed_mentions: NO_MENTIONS },
          signal,
        })) as APIMessage;
        return { pinned: answer.pinned };
      } catch (error) {
        // Deleted (by a member, a moderator): the edit answers Unknown Message.
        if (error instanceof DiscordAPIError && error.code === UNKNOWN_MESSAGE) return null;
        throw classify(error, false, signal);
      }
    },

    async remove(sub, messageId) {
      try {
        // The bot's own message: no permission needed; its pin goes with it.
        await client.rest.delete(Routes.channelMessage(sub.channelId, messageId));
      } catch (error) {
        const code = error instanceof DiscordAPIError ? error.code : null;
        if (code !== UNKNOWN_MESSAGE && code !== UNKNOWN_CHANNEL) throw classify(error, false);
      }
    },

    find(sub, since, signal) {
      const { title, footer } = marks(sub.language, sub.timeZone);
      return findOwnMessage(client, {
        channelId: sub.channelId,
        since,
        matches: (m) => m.embeds[0]?.title === title && m.embeds[0]?.footer?.text === footer,
        signal,
      });
    },

    async pin(sub, messageId) {
      try {
        // The route of June 2025 (discord.js 14.28's Routes.channelMessagesPin).
        await client.rest.put(Routes.channelMessagesPin(sub.channelId, messageId));
        return null;
      } catch (error) {
        const code = error instanceof DiscordAPIError ? error.code : null;
        if (code === MISSING_PERMISSIONS)
          return "live message kept, but not pinned: I lack Pin Messages in the channel";
        if (code === MAX_PINS_REACHED)
          return "live message kept, but not pinned: the channel has as many pins as Discord allows";
        return `live message kept, but not pinned: ${classify(error, false).message}`;
      }
    },
  };
}
