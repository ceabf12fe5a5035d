import type { DateTime } from "luxon";
import pLimit from "p-limit";
import type { Clock } from "../clock/clock.js";
import type { Calendar } from "../calendar/load.js";
import { addDays, localDate } from "../calendar/occurrences.js";
import type { Logger } from "../log/logger.js";
import type { Post } from "../schedule/compose.js";
import {
  deliveryNonce,
  MAX_ATTEMPTS,
  nextDue,
  retryDelayMinutes,
  startOfLocalDay,
  type DeliveryKey,
  type Due,
} from "../schedule/due.js";
import { planFor } from "../schedule/plan.js";
import type { DeliveryRepository } from "../store/deliveries.js";
import type { ScheduledPost, SubscriptionRepository } from "../store/subscriptions.js";
import type { Subscription } from "../subscriptions/subscription.js";
import { DeliveryError, type Sender } from "./sender.js";

export interface SchedulerOptions {
  /** Late posts are sent only this many hours after their time (null: until local midnight). */
  catchUpHours: number | null;
  /** A claim older than this is taken to belong to a process that died. */
  leaseSeconds: number;
  /** Subscriptions handled at once; discord.js's REST queue paces the requests themselves. */
  concurrency: number;
}

export interface TickReport {
  due: number;
  sent: number;
  failed: number;
  retrying: number;
  skipped: number;
}

export interface Scheduler {
  /** Sends every post due now. node-cron calls this once a minute. */
  tick(): Promise<TickReport>;
  /** Sets a subscription's next post from now (after add, edit or resume). */
  reschedule(sub: Subscription): Promise<Subscription>;
  /** Recomputes every active subscription's next post from the start of its local day. */
  rescheduleAll(): Promise<number>;
}

interface Deps {
  calendar: Calendar;
  clock: Clock;
  subscriptions: SubscriptionRepository;
  deliveries: DeliveryRepository;
  sender: Sender;
  log: Logger;
  options: SchedulerOptions;
}

const BATCH = 1000;
const SETTLED = "settled";
const STOP = "stop";
type Outcome = typeof SETTLED | typeof STOP | { again: DateTime };
const toStored = (due: Due | null): ScheduledPost | null =>
  due && { at: due.at.toUTC().toISO()!, date: due.date };

export function createScheduler({
  calendar,
  clock,
  subscriptions,
  deliveries,
  sender,
  log,
  options,
}: Deps): Scheduler {
  const limit = pLimit(options.concurrency);
  const iso = () => clock.now().toUTC().toISO()!;

  /** Sends one post. Settled (sent or failed for good), to look at again at `at`, or stop: the subscription ended. */
  async function deliver(sub: Subscription, post: Post, report: TickReport): Promise<Outcome> {
    const key: DeliveryKey = { subscriptionId: sub.id, date: post.date, kind: post.kind };
    const now = clock.now();
    const claim = await deliveries.claim(
      key,
      iso(),
      now.minus({ seconds: options.leaseSeconds }).toUTC().toISO()!,
    );
    // Another process holds it: look again in a minute (it marks it sent, or its claim goes stale).
    if (!claim.claimed)
      return claim.status === "sent" || claim.status === "failed"
        ? SETTLED
        : { again: now.plus({ minutes: 1 }) };
    const context = {
      subscription: sub.id,
      channel: sub.channelId,
      date: post.date,
      kind: post.kind,
      attempt: claim.attempts,
    };
    try {
      const { messageId, warning } = await sender.send(sub, post, deliveryNonce(key));
      await deliveries.markSent(key, messageId, iso());
      await subscriptions.recordResult(sub.id, { lastPostAt: iso(), lastError: warning ?? null });
      report.sent++;
      log.info({ ...context, messageId, ...(warning && { warning }) }, "posted");
      return SETTLED;
    } catch (error) {
      const failure =
        error instanceof DeliveryError
          ? error
          : new DeliveryError("transient", (error as Error).message);
      await subscriptions.recordResult(sub.id, { lastError: failure.message });
      if (failure.kind === "transient" && claim.attempts < MAX_ATTEMPTS) {
        const retryAt = clock.now().plus({ minutes: retryDelayMinutes(claim.attempts) });
        await deliveries.markRetry(key, failure.message, retryAt.toUTC().toISO()!);
        report.retrying++;
        log.warn(
          { ...context, error: failure.message, retryAt: retryAt.toISO() },
          "post failed; will retry",
        );
        return { again: retryAt };
      }
      await deliveries.markFailed(key, failure.message);
      report.failed++;
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

  async function handle(sub: Subscription, report: TickReport): Promise<void> {
    const plan = planFor(calendar, sub, sub.nextDueDate!, clock.now(), options.catchUpHours);
    if (plan.action === "drop") {
      report.skipped++;
      const { next } = plan;
      await subscriptions.schedule(sub.id, toStored(next));
      log.info(
        { subscription: sub.id, date: plan.date, next: next?.at.toISO() ?? null },
        "missed post dropped (too late to catch up)",
      );
      // Today's post may be due already: send it in this tick (it is today's, so this recurses once at most).
      if (next && next.at <= clock.now())
        return handle(
          { ...sub, nextDueAt: next.at.toUTC().toISO(), nextDueDate: next.date },
          report,
        );
      return;
    }
    const date = plan.date;
    let again: DateTime | null = null;
    for (const post of plan.posts) {
      const outcome = await deliver(sub, post, report);
      if (outcome === STOP) return;
      if (outcome !== SETTLED && (!again || outcome.again < again)) again = outcome.again;
    }
    if (again) {
      // The same date again, at the earliest retry.
      await subscriptions.schedule(sub.id, { at: again.toUTC().toISO()!, date });
      return;
    }
    const next = nextDue(calendar, sub, startOfLocalDay(addDays(date, 1), sub.timeZone));
    await subscriptions.schedule(sub.id, toStored(next));
    log.info(
      { subscription: sub.id, channel: sub.channelId, next: next?.at.toISO() ?? null },
      "next post scheduled",
    );
  }

  return {
    async tick() {
      const report: TickReport = { due: 0, sent: 0, failed: 0, retrying: 0, skipped: 0 };
      const seen = new Set<string>();
      for (;;) {
        const batch = (await subscriptions.due(iso(), BATCH)).filter((s) => !seen.has(s.id));
        if (!batch.length) break;
        batch.forEach((s) => seen.add(s.id));
        report.due += batch.length;
        await Promise.all(
          batch.map((sub) =>
            limit(() =>
              handle(sub, report).catch((error: unknown) =>
                log.error(
                  { err: error, subscription: sub.id },
                  "could not handle a due subscription",
                ),
              ),
            ),
          ),
        );
      }
      if (report.due) log.info(report, "tick");
      return report;
    },
    async reschedule(sub) {
      const next = toStored(nextDue(calendar, sub, clock.now()));
      await subscriptions.schedule(sub.id, next);
      return { ...sub, nextDueAt: next?.at ?? null, nextDueDate: next?.date ?? null };
    },
    async rescheduleAll() {
      const now = clock.now();
      const schedules = await subscriptions.activeSchedules();
      return subscriptions.scheduleAll(
        schedules.map((schedule) => ({
          schedule,
          next: toStored(
            nextDue(
              calendar,
              schedule,
              startOfLocalDay(localDate(now, schedule.timeZone), schedule.timeZone),
            ),
          ),
        })),
      );
    },
  };
}
