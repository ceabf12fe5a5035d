import { time, TimestampStyles, type EmbedBuilder, type MessageMentionOptions } from "discord.js";
import type { Calendar } from "../calendar/load.js";
import { renderOccurrence } from "../render/observance.js";
import { STRINGS } from "../render/strings.js";
import type { Post } from "../schedule/compose.js";
import type { Subscription } from "../subscriptions/subscription.js";
import { dateInstant, toEmbed } from "./embed.js";

export interface DiscordPost {
  content?: string;
  embeds: EmbedBuilder[];
  allowedMentions: MessageMentionOptions;
}

/**
 * A subscription's post as a Discord message: one embed per observance, the configured role mentioned
 * (and only it allowed to ping), a reminder's "in N days" with a Discord timestamp.
 */
export function toDiscordPost(
  calendar: Calendar,
  sub: Pick<Subscription, "roleId" | "language">,
  post: Post,
  options: { ping?: boolean } = {},
): DiscordPost {
  const lang = sub.language;
  const lines: string[] = [];
  if (sub.roleId) lines.push(`<@&${sub.roleId}>`);
  if (post.kind === "reminder") {
    const at = dateInstant(post.observedOn);
    lines.push(
      `${STRINGS[lang].inDays(post.daysAhead)}: ${time(at, TimestampStyles.LongDate)} (${time(at, TimestampStyles.RelativeTime)})`,
    );
  }
  const ping = (options.ping ?? true) && sub.roleId;
  return {
    ...(lines.length ? { content: lines.join(" ") } : {}),
    embeds: post.occurrences.map((o) => toEmbed(renderOccurrence(calendar, o, lang))),
    allowedMentions: { parse: [], users: [], roles: ping ? [sub.roleId!] : [], repliedUser: false },
  };
}
