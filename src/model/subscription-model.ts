import type { Kind, Language } from "./calendar-schema.js";

export const SUBSCRIPTION_STATUSES = ["active", "paused", "broken"] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** Where a server's posts go (daily, or a weekly digest), when and how. */
export interface Subscription {
  id: string;
  guildId: string;
  channelId: string;
  timeZone: string;
  /** Local post time, HH:mm. */
  postTime: string;
  language: Language;
  roleId: string | null;
  /** Only these kinds; empty means all. */
  kinds: Kind[];
  /** Also post a reminder this many days before (0 = no reminder). */
  remindDays: number;
  /** A weekly digest on this ISO weekday (1 Monday … 7 Sunday) instead of daily posts; null: daily. */
  weekday: number | null;
  status: SubscriptionStatus;
  brokenReason: string | null;
  /** ISO instant of the last status change. */
  statusSince: string;
  createdBy: string;
  createdAt: string;
  lastPostAt: string | null;
  /** The local date of the last post made: nothing is scheduled before the day after it. */
  lastPostDate: string | null;
  lastError: string | null;
  /** Crosspost each post when the channel is an announcement channel. */
  publish: boolean;
  /** Keep the server's scheduled events for the coming days' observances (Manage Events). */
  events: boolean;
  /** The admin's line heading each post, with placeholders (render/intro-line.ts); null: none. */
  intro: string | null;
  /** Keep one message in the channel listing the coming days, edited as they change. */
  live: boolean;
  /** Pin that message (Pin Messages). */
  pin: boolean;
  /**
   * Open a thread on each post, archived after this many minutes without activity (one of
   * THREAD_ARCHIVE_MINUTES); null: no thread. In a forum every post is a thread: null leaves the
   * period to the forum.
   */
  threadArchive: ThreadArchive | null;
  /** The next post with something to say: its instant (ISO) and local date; null when nothing matches. */
  nextDueAt: string | null;
  nextDueDate: string | null;
  /** Bumped by every admin change; the scheduler's writes apply only to the revision it read. */
  revision: number;
}

export const SUBSCRIPTION_DEFAULTS = {
  timeZone: "Asia/Baku",
  postTime: "09:00",
  language: "en",
  remindDays: 0,
  /** A weekly digest without a weekday named goes out on Mondays. */
  weekday: 1,
} as const;

/**
 * The auto-archive periods Discord accepts, in minutes
 * (https://discord.com/developers/docs/resources/channel#start-thread-from-message).
 */
export const THREAD_ARCHIVE_MINUTES = [60, 1440, 4320, 10080] as const;
export type ThreadArchive = (typeof THREAD_ARCHIVE_MINUTES)[number];

/** How many subscriptions one server may have. */
export const MAX_SUBSCRIPTIONS_PER_GUILD = 25;

export type Schedule = Pick<
  Subscription,
  "timeZone" | "postTime" | "kinds" | "remindDays" | "weekday"
>;
