import {
  MAX_SUBSCRIPTIONS_PER_GUILD,
  type Schedule,
  type Subscription,
  type SubscriptionStatus,
} from "../model/subscription-model.js";

export type NewSubscription = Omit<
  Subscription,
  | "status"
  | "brokenReason"
  | "statusSince"
  | "createdAt"
  | "lastPostAt"
  | "lastPostDate"
  | "lastError"
  | "nextDueAt"
  | "nextDueDate"
  | "revision"
>;
export type SubscriptionPatch = Partial<
  Pick<
    Subscription,
    | "channelId"
    | "timeZone"
    | "postTime"
    | "language"
    | "roleId"
    | "kinds"
    | "remindDays"
    | "weekday"
    | "publish"
    | "events"
    | "intro"
    | "live"
    | "pin"
    | "threadArchive"
  >
>;

/** Saving would break a rule; nothing was written. */
export class SubscriptionConflict extends Error {
  constructor(readonly reason: "cap" | "duplicate") {
    super(
      reason === "cap"
        ? `A server can have at most ${MAX_SUBSCRIPTIONS_PER_GUILD} subscriptions.`
        : "That channel already has a subscription in that language.",
    );
    this.name = "SubscriptionConflict";
  }
}

export interface SubscriptionRepository {
  add(input: NewSubscription, now: string): Promise<Subscription>;
  get(guildId: string, id: string): Promise<Subscription | undefined>;
  list(guildId: string): Promise<Subscription[]>;
  /** Every subscription of every server, by server (for operators). */
  listAll(): Promise<Subscription[]>;
  /** One subscription by its id alone (for operators). */
  find(id: string): Promise<Subscription | undefined>;
  update(guildId: string, id: string, patch: SubscriptionPatch): Promise<Subscription | undefined>;
  /**
   * With `revision`, only while the subscription is still as read then: what a post's failure tells
   * of its channel does not apply to a subscription an admin has changed (moved) since.
   */
  setStatus(
    guildId: string,
    id: string,
    status: SubscriptionStatus,
    reason: string | null,
    now: string,
    revision?: number,
  ): Promise<Subscription | undefined>;
  /** With `revision`, only while the subscription is still as read then (see setStatus). */
  remove(guildId: string, id: string, revision?: number): Promise<boolean>;
  removeChannel(channelId: string): Promise<number>;
  removeGuild(guildId: string): Promise<number>;

  // For the scheduler, by id:
  /**
   * Active subscriptions whose next post is due at `now`, earliest first (then by id); with `after`,
   * those that come after that one in this order, so a tick can page through a long list.
   */
  due(
    now: string,
    limit: number,
    after?: Pick<Subscription, "nextDueAt" | "id">,
  ): Promise<Subscription[]>;
  /**
   * Sets the next post (null: nothing will match). With `revision`, only if no admin change came since
   * that revision was read (false otherwise: the change's own schedule stands).
   */
  schedule(id: string, next: ScheduledPost | null, revision?: number): Promise<boolean>;
  /** How many subscriptions there are in each status, and how many active ones are due at `now`. */
  counts(
    now: string,
  ): Promise<{ byStatus: Partial<Record<SubscriptionStatus, number>>; due: number }>;
  /** Notes a message's outcome: when the last one was made, and the error to show (null: none). */
  recordResult(
    id: string,
    result: { lastPostAt?: string; lastError: string | null },
  ): Promise<void>;
  /**
   * Notes that a local date's posts are settled, one of them made: the date a recomputed schedule
   * never goes back to (it never goes back itself).
   */
  markPosted(id: string, date: string): Promise<void>;
  /** The distinct schedules among active subscriptions, each with the last post's date. */
  activeSchedules(): Promise<StoredSchedule[]>;
  /** Sets the next post of every active subscription with each schedule, in one transaction; returns how many. */
  scheduleAll(
    entries: readonly { schedule: StoredSchedule; next: ScheduledPost | null }[],
  ): Promise<number>;
}

/** A schedule as stored, with the local date of the last post made under it (null: none yet). */
export interface StoredSchedule extends Schedule {
  lastPostDate: string | null;
}

export interface ScheduledPost {
  /** ISO instant. */
  at: string;
  /** Local date, YYYY-MM-DD. */
  date: string;
}
