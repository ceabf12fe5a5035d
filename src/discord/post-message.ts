import {
  EmbedBuilder,
  embedLength,
  time,
  TimestampStyles,
  type APIActionRowComponent,
  type APIComponentInActionRow,
  type APIEmbed,
  type MessageMentionOptions,
} from "discord.js";
import type { Kind, Language, Observance } from "../model/calendar-schema.js";
import type { Calendar } from "../model/calendar-schema.js";
import { dayStatus } from "../calendar/days-off.js";
import { EMBED_LIMITS } from "../render/message.js";
import { formatDate } from "../i18n/dates.js";
import { renderDay, TONE_COLOURS } from "../render/observance.js";
import { translate } from "../i18n/translate.js";
import { addDays } from "../time/local-date.js";
import { snapshotOf } from "../calendar/live-calendar.js";
import { WEEK_DAYS, type Post } from "../schedule/compose.js";
import type { Subscription, ThreadArchive } from "../model/subscription-model.js";
import { dateInstant, toEmbed } from "./embed.js";
import { occurrenceLines } from "./occurrence-line.js";
import { introLine } from "../render/intro-line.js";

export interface DiscordPost {
  /** The subscription's intro line, filled, heading the first message; sent above `content`. */
  intro?: string;
  content?: string;
  embeds: APIEmbed[];
  allowedMentions: MessageMentionOptions;
  /** Buttons under it (a channel's post: "Remind me"). */
  components?: APIActionRowComponent<APIComponentInActionRow>[];
  /** The post's thread: opened on its first message (a forum: the post itself), if the channel asks. */
  thread?: PostThread;
}

/** A post's thread, or its forum post: named after the day, tagged by kinds in the language. */
export interface PostThread {
  name: string;
  /** Minutes; null: the forum's or Discord's default. */
  archive: ThreadArchive | null;
  kinds: Kind[];
  language: Language;
  /** This message is the post's first: it opens the thread (or is the forum post's starter). */
  first: boolean;
}

/** A weekly digest: one embed, its title the week's dates, a line per day with Discord timestamps. */
function weekEmbed(post: Post, lang: Language): EmbedBuilder {
  // An embed's description holds 4,096 characters: as many lines as fit, then how many more there are.
  const lines = occurrenceLines(post.occurrences, lang);
  let shown = 0;
  let length = 0;
  while (shown < lines.length && length + lines[shown]!.length + 1 <= EMBED_LIMITS.description - 64)
    length += lines[shown++]!.length + 1;
  const more =
    shown < lines.length ? [translate(lang, "week.more", { count: lines.length - shown })] : [];
  return new EmbedBuilder()
    .setTitle(
      translate(lang, "week.title", {
        from: formatDate(post.date, lang),
        to: formatDate(addDays(post.date, WEEK_DAYS - 1), lang),
      }),
    )
    .setDescription([...lines.slice(0, shown), ...more].join("\n"))
    .setColor(TONE_COLOURS.neutral);
}

/**
 * Discord's limits on one message: 10 embeds, and 6,000 characters over all of them
 * (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 */
const MAX_EMBEDS = 10;
const MAX_EMBED_CHARACTERS = 6000;

/** Embeds in order, as few messages as hold them within Discord's limits. */
function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    const current = messages.at(-1);
    if (current && current.length < MAX_EMBEDS && size + length <= MAX_EMBED_CHARACTERS) {
      current.push(embed);
      size += length;
    } else {
      messages.push([embed]);
      size = length;
    }
  }
  return messages;
}

/** A post drawn for a language, before the subscription's role goes in: what every such post shares. */
interface DrawnPost {
  /** A reminder's "In 3 days: …", heading each message. */
  reminder: string | null;
  /** The embeds of each message. */
  messages: APIEmbed[][];
}

function drawPost(calendar: Calendar, lang: Language, post: Post): DrawnPost {
  const reminder =
    post.kind === "reminder"
      ? `${translate(lang, "post.inDays", { count: post.daysAhead })}: ${formatDate(post.observedOn, lang)} (${time(dateInstant(post.observedOn), TimestampStyles.RelativeTime)})`
      : null;
  const embeds =
    post.kind === "week"
      ? [weekEmbed(post, lang)]
      : renderDay(calendar, post.occurrences, dayStatus(calendar, post.observedOn), lang, {
          always: false,
        }).map((m) => toEmbed(m));
  return { reminder, messages: packEmbeds(embeds.map((e) => e.toJSON())) };
}

/**
 * What a post's drawing depends on besides the calendar's data: its language, kind, dates and
 * occurrences (a server's own date by its text, which an admin may change under the same id).
 */
function drawingKey(lang: Language, post: Post): string {
  return JSON.stringify([
    lang,
    post.kind,
    post.date,
    post.observedOn,
    post.daysAhead,
    post.occurrences.map((o) => [
      o.observance.id,
      o.date,
      o.day,
      o.days,
      o.anniversary,
      o.expected,
      o.observance.kind === "server-day" ? [o.names[lang], o.observance.summary[lang]] : null,
    ]),
  ]);
}

const observancesOf = new WeakMap<Calendar, ReadonlySet<Observance>>();
/** Whether the calendar's days in `post` come from `data` (a server's own are keyed by their text). */
function plannedFrom(data: Calendar, post: Post): boolean {
  let own = observancesOf.get(data);
  if (!own) observancesOf.set(data, (own = new Set(data.observances)));
  return post.occurrences.every((o) => o.observance.kind === "server-day" || own.has(o.observance));
}

/** Drawings kept per calendar data; a reload's new data starts afresh. A few hundred posts at most. */
const drawings = new WeakMap<Calendar, Map<string, DrawnPost>>();
const KEPT_DRAWINGS = 500;

/**
 * A post drawn once for all the subscriptions that make it: in a fan-out, thousands of channels get
 * the same day in the same language, and drawing it (texts, dates, Discord's embed checks) was most of
 * what a post cost.
 */
function drawn(calendar: Calendar, lang: Language, post: Post): DrawnPost {
  const data = snapshotOf(calendar);
  // A post planned from the data a reload has just replaced is drawn, not kept: its texts are the old
  // ones, and the key would hand them to posts planned from the new data.
  if (!plannedFrom(data, post)) return drawPost(calendar, lang, post);
  let kept = drawings.get(data);
  if (!kept) drawings.set(data, (kept = new Map()));
  const key = drawingKey(lang, post);
  let drawing = kept.get(key);
  if (!drawing) {
    drawing = drawPost(calendar, lang, post);
    if (kept.size >= KEPT_DRAWINGS) kept.delete(kept.keys().next().value!);
    kept.set(key, drawing);
  }
  return drawing;
}

/**
 * A subscription's post as Discord messages: one embed per observance (a weekly digest: one for the
 * week), as many messages as Discord's limits need — in order, never a cut or a refused one. The first
 * opens with the subscription's intro line and mentions the configured role (in the intro where it
 * says `{role}`, else before the reminder line), and only that role may ping; a reminder's "in N days"
 * heads each of them.
 */
export function toDiscordMessages(
  calendar: Calendar,
  sub: Pick<Subscription, "roleId" | "language" | "intro">,
  post: Post,
  options: { ping?: boolean } = {},
): DiscordPost[] {
  const { reminder, messages } = drawn(calendar, sub.language, post);
  return messages.map((embeds, i) => {
    const role = i === 0 ? sub.roleId : null;
    const mention = role ? `<@&${role}>` : "";
    const intro =
      i === 0 && sub.intro
        ? introLine(
            sub.intro,
            {
              occurrences: post.occurrences,
              date: post.observedOn,
              days: post.daysAhead,
              role: mention,
            },
            sub.language,
          )
        : "";
    const lines = [
      ...(mention && !sub.intro?.includes("{role}") ? [mention] : []),
      ...(reminder ? [reminder] : []),
    ];
    const ping = (options.ping ?? true) && role;
    return {
      ...(intro ? { intro } : {}),
      ...(lines.length ? { content: lines.join(" ") } : {}),
      embeds,
      allowedMentions: { parse: [], users: [], roles: ping ? [role] : [], repliedUser: false },
    };
  });
}

/** A message's text as sent: its intro line, then the rest. */
export const messageContent = (message: Pick<DiscordPost, "intro" | "content">) =>
  [message.intro, message.content].filter(Boolean).join("\n") || undefined;

/**
 * What identifies a post among the bot's messages in its channel: the reminder line (a reminder and
 * the day's post of the same date differ only there) and each embed's title and date. Discord does not
 * keep a message's nonce, so a retry that comes after the nonce window finds the earlier attempt by
 * this. The role mention is left out (an admin may change the role between attempts), and so is the
 * intro line (`intro`: the message has one, as its first line; an admin may edit it) and the text
 * below the titles. A test post from `/subscription preview` starts its line after the intro with
 * its own words, so it never counts as the day's post.
 */
export function postSignature(
  message: { content?: string; embeds?: APIEmbed[] },
  { intro = false } = {},
): string {
  const lines = (message.content ?? "").split("\n");
  const content = (intro ? lines.slice(1) : lines).join("\n").replace(/^<@&\d+>\s*/, "");
  const embeds = (message.embeds ?? []).map((e) => [e.title ?? "", e.fields?.[0]?.value ?? ""]);
  return JSON.stringify([content, embeds]);
}
