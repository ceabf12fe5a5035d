import { DateTime } from "luxon";
import pLimit from "p-limit";
import type { Clock } from "../clock/clock.js";
import type { Calendar } from "../model/calendar-schema.js";
import { calendarWith } from "../server-dates/server-date.js";
import { type ServerDate } from "../model/server-date-model.js";
import type { ServerDateRepository } from "../ports/server-date-repository.js";
import { addDays } from "../time/local-date.js";
import type { Logger } from "../log/logger.js";
import type { Post } from "../schedule/compose.js";
import { nextDue, type Due } from "../schedule/due.js";
import { deliveryNonce, type DeliveryKey } from "../model/delivery-key.js";
import { MAX_ATTEMPTS, retryDelayMinutes } from "./retry-policy.js";
import { startOfLocalDay } from "../time/local-date.js";
import { planFor } from "../schedule/plan.js";
import { postInstant } from "../time/post-instant.js";
import type { DeliveryRepository, HeldClaim } from "../ports/delivery-repository.js";
import type { ScheduledPost, SubscriptionRepository } from "../ports/subscription-repository.js";
import type { Subscription } from "../model/subscription-model.js";
import { DeliveryError, type FailureKind, type Sender } from "./sender.js";
import { NONCE_TRUST_MS } from "../model/delivery-key.js";

export interface SchedulerOptions {
  /** Late posts are sent up to this many hours after their time; older ones are dropped. */
  catchUpHours: number;
  /** A claim older than this is taken to belong to a process that died. */
  leaseSeconds: number;
  /** Subscriptions handled at once; discord.js's REST queue paces the requests themselves. */
  concurrency: number;
  /** Outbox rows of posts older than this many days are deleted (once a day, by a tick). */
  retentionDays: number;
}

export interface TickReport {
  due: number;
  sent: number;
  failed: number;
  retrying: number;
  /** Posts too late to send (past the catch-up window), logged one by one. */
  dropped: number;
  /** Posts not retried because the bot could not tell whether an earlier try had made them. */
  unverified: number;
  /** Posts failed for good, by why: the channel is gone, the bot may not post, or other. */
  failedBy: Partial<Record<FailureKind, number>>;
}

export interface Scheduler {
  /**
   * Sends every post due now. node-cron calls this once a minute; a tick that overruns its minute does
   * not hold the next one, and a subscription still being handled is left to the tick handling it.
   */
  tick(): Promise<TickReport>;
  /**
   * Sets a subscription's next post from now (after add, edit or resume), keeping a retry it is owed.
   * `reopen` (an admin fixed what made it broken) gives its refused posts of the catch-up window
   * another chance.
   */
  reschedule(sub: Subscription, options?: { reopen?: boolean }): Promise<Subscription>;
  /** Recomputes every active subscription's next post from the start of the catch-up window. */
  rescheduleAll(): Promise<number>;
}

interface Deps<Message> {
  calendar: Calendar;
  /** Servers' own dates, posted with the calendar's to their subscriptions. */
  serverDates: Pick<ServerDateRepository, "forGuilds" | "guilds">;
  clock: Clock;
  subscriptions: SubscriptionRepository;
  deliveries: DeliveryRepository;
  sender: Sender<Message>;
  log: Logger;
  options: SchedulerOptions;
}

/**
 * How long a claim's requests may take, from the claim: half its lease. Another process takes a claim
 * over once its lease has passed (by its own clock), so a request of this one must have ended by then
 * — discord.js waits out short 429s and tries again without counting, and a request still trying would
 * land beside the new holder's message. The other half absorbs clocks that differ between machines.
 * A real-time bound: it limits the network, and production's clock is the real one.
 */
export const sendDeadlineMs = (leaseSeconds: number) => (leaseSeconds * 1000) / 2;

const BATCH = 1000;
const SETTLED = "settled";
/** Settled, with its message made (by this process or another). */
const SENT = "sent";
const STOP = "stop";
type Outcome = typeof SENT | typeof SETTLED | typeof STOP | { again: DateTime };
const toStored = (due: Due | null): ScheduledPost | null =>
  due && { at: due.at.toUTC().toISO()!, date: due.date };
/** Look at the post again in a minute: another process holds it, or what this one did is not recorded yet. */
type Again = () => { again: DateTime };

/**
 * `from`, or the start of the day after the last post if that is later: a schedule recomputed (an edit,
 * a calendar change, a store moved without its outbox) never goes back to a day already posted.
 */
function notBeforeNextDay(
  sub: Pick<Subscription, "lastPostDate" | "timeZone">,
  from: DateTime,
): DateTime {
  if (!sub.lastPostDate) return from;
  return DateTime.max(from, startOfLocalDay(addDays(sub.lastPostDate, 1), sub.timeZone));
}

const keyId = (key: DeliveryKey) => `${key.subscriptionId}/${key.date}/${key.kind}/${key.part}`;

export function createScheduler<Message>({
  calendar,
  serverDates,
  clock,
  subscriptions,
  deliveries,
  sender,
  log,
  options,
}: Deps<Message>): Scheduler {
  const iso = () => clock.now().toUTC().toISO()!;
  const AGAIN: Again = () => ({ again: clock.now().plus({ minutes: 1 }) });
  /** Subscriptions a tick of this process is handling now. */
  const inFlight = new Set<string>();
  /** Posts made but not yet recorded (the store failed): recorded again, never sent again. */
  const unrecorded = new Map<string, { token: string; messageId: string }>();
  let prunedOn: string | null = null;

  /** Once a day, forgets the outbox rows of posts older than the retention period. */
  async function prune(): Promise<void> {
    const today = clock.now().toUTC().toISODate()!;
    if (prunedOn === today) return;
    const before = clock.now().toUTC().minus({ days: options.retentionDays }).toISODate()!;
    const removed = await deliveries.prune(before);
    prunedOn = today;
    if (removed) log.info({ removed, before }, "old outbox rows pruned");
  }

  const bestEffort = (work: Promise<unknown>, what: string, subscription: string) =>
    work.catch((error: unknown) => log.error({ err: error, subscription }, `could not ${what}`));

  /** Records a post Discord made; then publishes it and notes the result on the subscription. */
  async function record(
    sub: Subscription,
    key: DeliveryKey,
    token: string,
    messageId: string,
    report: TickReport,
  ): Promise<Outcome> {
    const context = {
      subscription: sub.id,
      channel: sub.channelId,
      date: key.date,
      kind: key.kind,
    };
    let recorded: boolean;
    try {
      recorded = await deliveries.markSent(key, token, messageId, iso());
    } catch (error) {
      unrecorded.set(keyId(key), { token, messageId });
      log.error(
        { ...context, err: error, messageId },
        "posted, but could not record it; will record it again",
      );
      return AGAIN();
    }
    unrecorded.delete(keyId(key));
    if (!recorded) {
      // Another process took the claim over; it looks in the channel before sending, and finds this
      // one. Look again in a minute rather than move the schedule past what it may still owe.
      log.warn({ ...context, messageId }, "posted, but the claim was taken over meanwhile");
      return AGAIN();
    }
    report.sent++;
    log.info({ ...context, messageId }, "posted");
    const warning = await sender.publish(sub, messageId);
    if (warning) log.warn({ ...context, messageId, warning }, "not published");
    await bestEffort(
      subscriptions.recordResult(sub.id, { lastPostAt: iso(), lastError: warning }),
      "note the result",
      sub.id,
    );
    return SENT;
  }

  /** Whether the post's time is further back than its nonce covers. */
  const pastNonce = (sub: Subscription, post: Post) =>
    clock
      .now()
      .diff(postInstant(post.date, sub.postTime, sub.timeZone))
      .toMillis() > NONCE_TRUST_MS;

  /**
   * When an earlier attempt may have reached Discord, finds its message. Returns the message id, null
   * to send (nothing was made, or the nonce still covers it), or "unverified" to give up rather than
   * risk a second message.
   *
   * A first claim made later than the nonce covers, after the post's time, looks too: the outbox may not
   * know of a post made earlier — a store restored from a backup, or moved without its outbox.
   */
  async function earlierMessage(
    sub: Subscription,
    post: Post,
    message: Message,
    claim: HeldClaim,
    signal: AbortSignal,
  ): Promise<string | null | "unverified"> {
    if (!claim.maybeSent && !pastNonce(sub, post)) return null;
    const firstSent = claim.firstSentAt ? DateTime.fromISO(claim.firstSentAt) : clock.now();
    const due = postInstant(post.date, sub.postTime, sub.timeZone);
    // No message of this post predates its time or its first attempt; an hour's margin absorbs any
    // difference between Discord's clock and ours.
    const after = DateTime.min(firstSent, due).minus({ hours: 1 });
    const taken = new Set(await deliveries.messageIds(sub.id, post.date));
    const lookup = await sender.find(sub, message, after, taken, signal);
    if (lookup.found) return lookup.messageId;
    if (lookup.found === false) return null;
    if (clock.now().diff(firstSent).toMillis() < NONCE_TRUST_MS) return null;
    return "unverified";
  }

  /**
   * Sends one message of a post. Settled (sent or failed for good), to look at again at `again`, or
   * stop: the subscription ended.
   */
  async function deliver(
    sub: Subscription,
    post: Post,
    part: number,
    message: Message,
    report: TickReport,
  ): Promise<Outcome> {
    const key: DeliveryKey = { subscriptionId: sub.id, date: post.date, kind: post.kind, part };
    const pending = unrecorded.get(keyId(key));
    if (pending) return record(sub, key, pending.token, pending.messageId, report);
    const now = clock.now();
    // A new post within the nonce's reach is sent at once: its claim notes the attempt as begun.
    const claim = await deliveries.claim(
      key,
      iso(),
      now.minus({ seconds: options.leaseSeconds }).toUTC().toISO()!,
      { sending: !pastNonce(sub, post) },
    );
    if (!claim.claimed) {
      if (claim.status === "sent") return SENT;
      if (claim.status === "failed") return SETTLED;
      // Another process holds it (it marks it sent, or its claim goes stale), or its retry is later:
      // look again when it can be claimed, and within a minute at most.
      const claimable =
        claim.status === "retry" && claim.retryAt
          ? DateTime.fromISO(claim.retryAt)
          : DateTime.fromISO(claim.claimedAt ?? iso()).plus({ seconds: options.leaseSeconds });
      return { again: DateTime.max(now, DateTime.min(claimable, AGAIN().again)) };
    }
    const context = {
      subscription: sub.id,
      channel: sub.channelId,
      date: post.date,
      kind: post.kind,
      attempt: claim.attempts,
    };
    const signal = AbortSignal.timeout(sendDeadlineMs(options.leaseSeconds));
    try {
      const earlier = await earlierMessage(sub, post, message, claim, signal);
      if (earlier === "unverified") {
        const reason =
          "not retried: an earlier try may have posted it, and I cannot check (Read Message History)";
        if (!(await deliveries.markFailed(key, claim.token, { error: reason, maybeSent: true })))
          return AGAIN();
        await bestEffort(
          subscriptions.recordResult(sub.id, { lastError: reason }),
          "note the result",
          sub.id,
        );
        report.unverified++;
        log.warn(context, "post not retried: it may exist, and the channel cannot be checked");
        return SETTLED;
      }
      if (earlier) log.info({ ...context, messageId: earlier }, "found the earlier try's message");
      if (!earlier && !claim.sending && !(await deliveries.markSending(key, claim.token, iso())))
        return AGAIN();
      const messageId =
        earlier ?? (await sender.send(sub, message, deliveryNonce(key), signal)).messageId;
      return await record(sub, key, claim.token, messageId, report);
    } catch (error) {
      const failure =
        error instanceof DeliveryError
          ? error
          : new DeliveryError("transient", (error as Error).message, true);
      await bestEffort(
        subscriptions.recordResult(sub.id, { lastError: failure.message }),
        "note the result",
        sub.id,
      );
      if (failure.kind === "transient" && claim.attempts < MAX_ATTEMPTS) {
        const retryAt = clock.now().plus({ minutes: retryDelayMinutes(claim.attempts) });
        await deliveries.markRetry(key, claim.token, {
          error: failure.message,
          retryAt: retryAt.toUTC().toISO()!,
          maybeSent: claim.maybeSent || failure.maybeSent,
        });
        report.retrying++;
        log.warn(
          { ...context, error: failure.message, retryAt: retryAt.toISO() },
          "post failed; will retry",
        );
        return { again: retryAt };
      }
      const settled = await deliveries.markFailed(key, claim.token, {
        error: failure.message,
        maybeSent: claim.maybeSent || failure.maybeSent,
      });
      if (!settled) return AGAIN();
      report.failed++;
      report.failedBy[failure.kind] = (report.failedBy[failure.kind] ?? 0) + 1;
      log.error({ ...context, error: failure.message, outcome: failure.kind }, "post failed");
      if (failure.kind === "gone") {
        await subscriptions.remove(sub.guildId, sub.id);
        log.warn(context, "channel is gone: subscription removed");
        return STOP;
      }
      if (failure.kind === "forbidden") {
        await subscriptions.setStatus(sub.guildId, sub.id, "broken", failure.message, iso());
        log.warn(
          { ...context, reason: failure.message },
          "subscription broken until an admin edits or resumes it",
        );
        return STOP;
      }
      return SETTLED;
    }
  }

  /** Stores the next post, unless an admin changed the subscription since this tick read it. */
  async function scheduleNext(sub: Subscription, next: ScheduledPost | null): Promise<void> {
    if (!(await subscriptions.schedule(sub.id, next, sub.revision)))
      log.info({ subscription: sub.id }, "changed during the tick: its new schedule stands");
  }

  /** The calendar a subscription posts from: the calendar's days and its server's own. */
  const calendarOf = (sub: Subscription, dates: Map<string, ServerDate[]>) =>
    calendarWith(calendar, dates.get(sub.guildId) ?? [], sub.language);

  async function handle(sub: Subscription, calendar: Calendar, report: TickReport): Promise<void> {
    let date = sub.nextDueDate!;
    let plan = planFor(calendar, sub, date, clock.now(), options.catchUpHours);
    // Drop every post too late to send, one by one (logged and counted), up to the first still worth it.
    while (plan.action === "drop") {
      report.dropped++;
      log.warn(
        {
          subscription: sub.id,
          channel: sub.channelId,
          date: plan.date,
          catchUpHours: options.catchUpHours,
        },
        "missed post dropped (too late to catch up)",
      );
      const { next } = plan;
      if (!next || next.at > clock.now()) return scheduleNext(sub, toStored(next));
      date = next.date;
      plan = planFor(calendar, sub, date, clock.now(), options.catchUpHours);
    }
    let again: DateTime | null = null;
    let made = false;
    for (const post of plan.posts) {
      for (const [part, message] of sender.messages(sub, post).entries()) {
        const outcome = await deliver(sub, post, part, message, report);
        if (outcome === STOP) return;
        made ||= outcome === SENT;
        if (outcome === SENT || outcome === SETTLED) continue;
        if (!again || outcome.again < again) again = outcome.again;
        // A post's later messages wait for its earlier ones, so that they are read in order.
        break;
      }
    }
    // The same date again, at the earliest retry; or the next date with a post.
    if (again) return scheduleNext(sub, { at: again.toUTC().toISO()!, date });
    // Only now, with every message of the date settled, may a recomputed schedule skip the date.
    if (made) await bestEffort(subscriptions.markPosted(sub.id, date), "note the post", sub.id);
    const next = nextDue(calendar, sub, startOfLocalDay(addDays(date, 1), sub.timeZone));
    await scheduleNext(sub, toStored(next));
    log.info(
      { subscription: sub.id, channel: sub.channelId, next: next?.at.toISO() ?? null },
      "next post scheduled",
    );
  }

  return {
    async tick() {
      const report: TickReport = {
        due: 0,
        sent: 0,
        failed: 0,
        retrying: 0,
        dropped: 0,
        unverified: 0,
        failedBy: {},
      };
      const limit = pLimit(options.concurrency);
      const now = iso();
      const running: Promise<void>[] = [];
      for (let after: Subscription | undefined; ;) {
        const batch = await subscriptions.due(now, BATCH, after);
        if (!batch.length) break;
        after = batch.at(-1);
        const mine = batch.filter((s) => !inFlight.has(s.id));
        mine.forEach((s) => inFlight.add(s.id));
        report.due += mine.length;
        const dates = await serverDates
          .forGuilds(mine.map((s) => s.guildId))
          .catch((error: unknown) => {
            mine.forEach((s) => inFlight.delete(s.id));
            throw error;
          });
        running.push(
          ...mine.map((sub) =>
            limit(() =>
              handle(sub, calendarOf(sub, dates), report)
                .catch((error: unknown) =>
                  log.error(
                    { err: error, subscription: sub.id },
                    "could not handle a due subscription",
                  ),
                )
                .finally(() => inFlight.delete(sub.id)),
            ),
          ),
        );
      }
      await Promise.all(running);
      if (report.due) log.info(report, "tick");
      await prune().catch((error: unknown) =>
        log.warn({ err: error }, "could not prune the outbox; will try again"),
      );
      return report;
    },
    async reschedule(sub, { reopen = false } = {}) {
      const now = clock.now();
      if (reopen) {
        const from = now.minus({ hours: options.catchUpHours }).toUTC().toISODate()!;
        const reopened = await deliveries.reopen(sub.id, from, iso());
        if (reopened) log.info({ subscription: sub.id, reopened }, "refused posts reopened");
      }
      // A post of the stored date that was tried and is owed a retry stays first: an edit during the
      // backoff must not skip it.
      const fresh = nextDue(
        calendarOf(sub, await serverDates.forGuilds([sub.guildId])),
        sub,
        notBeforeNextDay(sub, now),
      );
      const owed =
        sub.nextDueAt &&
        sub.nextDueDate &&
        (reopen ||
          (await deliveries.owed(
            sub.id,
            sub.nextDueDate,
            now.minus({ seconds: options.leaseSeconds }).toUTC().toISO()!,
          ))) &&
        (!fresh || sub.nextDueAt < fresh.at.toUTC().toISO()!)
          ? { at: sub.nextDueAt, date: sub.nextDueDate }
          : null;
      const next = owed ?? toStored(fresh);
      await subscriptions.schedule(sub.id, next);
      return { ...sub, nextDueAt: next?.at ?? null, nextDueDate: next?.date ?? null };
    },
    async rescheduleAll() {
      const from = clock.now().minus({ hours: options.catchUpHours });
      const schedules = await subscriptions.activeSchedules();
      const count = await subscriptions.scheduleAll(
        schedules.map((schedule) => ({
          schedule,
          next: toStored(nextDue(calendar, schedule, notBeforeNextDay(schedule, from))),
        })),
      );
      // Subscriptions of servers with dates of their own post those too: each is scheduled alone
      // (the servers read in pages, as a query binds only so many values).
      const guilds = await serverDates.guilds();
      for (let i = 0; i < guilds.length; i += BATCH) {
        const page = guilds.slice(i, i + BATCH);
        const dates = await serverDates.forGuilds(page);
        for (const guildId of page)
          for (const sub of await subscriptions.list(guildId))
            if (sub.status === "active")
              await subscriptions.schedule(
                sub.id,
                toStored(nextDue(calendarOf(sub, dates), sub, notBeforeNextDay(sub, from))),
              );
      }
      return count;
    },
  };
}
