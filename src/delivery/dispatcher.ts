import type { DateTime } from "luxon";
import pLimit from "p-limit";
import type { Calendar } from "../model/calendar-schema.js";
import type { Subscription } from "../model/subscription-model.js";
import type { ServerDateRepository } from "../ports/server-date-repository.js";
import type { ScheduledPost, SubscriptionRepository } from "../ports/subscription-repository.js";
import { nextDue } from "../schedule/due.js";
import { planFor } from "../schedule/plan.js";
import { addDays, startOfLocalDay } from "../time/local-date.js";
import { PAGE_SIZE } from "./delivery-options.js";
import { postingCalendar, toStored } from "./next-post.js";
import {
  bestEffort,
  deliver,
  newTickReport,
  SENT,
  SETTLED,
  STOP,
  type DispatchContext,
  type TickReport,
} from "./post-delivery.js";

/** Sends the posts that are due, and keeps the outbox trimmed. */
export interface Dispatcher {
  /**
   * Sends every post due now. node-cron calls this once a minute; a tick that overruns its minute does
   * not hold the next one, and a subscription still being handled is left to the tick handling it.
   */
  tick(): Promise<TickReport>;
}

export type DispatcherDeps<Message> = Omit<DispatchContext<Message>, "inFlight" | "unrecorded"> & {
  subscriptions: SubscriptionRepository;
  calendar: Calendar;
  /** Servers' own dates, posted with the calendar's to their subscriptions. */
  serverDates: Pick<ServerDateRepository, "forGuilds">;
};

type Dispatch<Message> = DispatcherDeps<Message> & DispatchContext<Message>;

export function createDispatcher<Message>(deps: DispatcherDeps<Message>): Dispatcher {
  const ctx: Dispatch<Message> = { ...deps, inFlight: new Set(), unrecorded: new Map() };
  const prune = outboxPruner(ctx);
  return {
    async tick() {
      const report = await sendDue(ctx);
      if (report.due) ctx.log.info(report, "tick");
      await prune().catch((error: unknown) =>
        ctx.log.warn({ err: error }, "could not prune the outbox; will try again"),
      );
      return report;
    },
  };
}

/** Once a day, forgets the outbox rows of posts older than the retention period. */
function outboxPruner<M>({ clock, deliveries, log, options }: Dispatch<M>) {
  let prunedOn: string | null = null;
  return async () => {
    const today = clock.now().toUTC().toISODate()!;
    if (prunedOn === today) return;
    const before = clock.now().toUTC().minus({ days: options.retentionDays }).toISODate()!;
    const removed = await deliveries.prune(before);
    prunedOn = today;
    if (removed) log.info({ removed, before }, "old outbox rows pruned");
  };
}

/** Reads the due subscriptions page by page and handles each (but those a tick already handles). */
async function sendDue<M>(ctx: Dispatch<M>): Promise<TickReport> {
  const { clock, subscriptions, serverDates, inFlight, log, options } = ctx;
  const report = newTickReport();
  const limit = pLimit(options.concurrency);
  const now = clock.now().toUTC().toISO()!;
  const running: Promise<void>[] = [];
  for (let after: Subscription | undefined; ;) {
    const batch = await subscriptions.due(now, PAGE_SIZE, after);
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
    const handleOne = (sub: Subscription) =>
      handle(ctx, sub, postingCalendar(ctx.calendar, sub, dates), report)
        .catch((error: unknown) =>
          log.error({ err: error, subscription: sub.id }, "could not handle a due subscription"),
        )
        .finally(() => inFlight.delete(sub.id));
    running.push(...mine.map((sub) => limit(() => handleOne(sub))));
  }
  await Promise.all(running);
  return report;
}

/** Stores the next post, unless an admin changed the subscription since this tick read it. */
async function scheduleNext<M>(
  { subscriptions, log }: Dispatch<M>,
  sub: Subscription,
  next: ScheduledPost | null,
): Promise<void> {
  if (!(await subscriptions.schedule(sub.id, next, sub.revision)))
    log.info({ subscription: sub.id }, "changed during the tick: its new schedule stands");
}

/**
 * Drops every post too late to send, one by one (logged and counted), up to the first still worth it;
 * null when none is left to send now (the next one is scheduled).
 */
async function skipLatePosts<M>(
  ctx: Dispatch<M>,
  sub: Subscription,
  calendar: Calendar,
  report: TickReport,
) {
  const { clock, log, options } = ctx;
  let date = sub.nextDueDate!;
  let plan = planFor(calendar, sub, date, clock.now(), options.catchUpHours);
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
    if (!next || next.at > clock.now()) {
      await scheduleNext(ctx, sub, toStored(next));
      return null;
    }
    date = next.date;
    plan = planFor(calendar, sub, date, clock.now(), options.catchUpHours);
  }
  return { date, posts: plan.posts };
}

/** Sends a due subscription's posts of its date, then schedules what comes next. */
async function handle<M>(
  ctx: Dispatch<M>,
  sub: Subscription,
  calendar: Calendar,
  report: TickReport,
): Promise<void> {
  const { subscriptions, sender, log } = ctx;
  const due = await skipLatePosts(ctx, sub, calendar, report);
  if (!due) return;
  const { date } = due;
  let again: DateTime | null = null;
  let made = false;
  for (const post of due.posts) {
    for (const [part, message] of sender.messages(sub, post).entries()) {
      const outcome = await deliver(ctx, sub, post, part, message, report);
      if (outcome === STOP) return;
      made ||= outcome === SENT;
      if (outcome === SENT || outcome === SETTLED) continue;
      if (!again || outcome.again < again) again = outcome.again;
      // A post's later messages wait for its earlier ones, so that they are read in order.
      break;
    }
  }
  // The same date again, at the earliest retry; or the next date with a post.
  if (again) return scheduleNext(ctx, sub, { at: again.toUTC().toISO()!, date });
  // Only now, with every message of the date settled, may a recomputed schedule skip the date.
  if (made) await bestEffort(log, subscriptions.markPosted(sub.id, date), "note the post", sub.id);
  const next = nextDue(calendar, sub, startOfLocalDay(addDays(date, 1), sub.timeZone));
  await scheduleNext(ctx, sub, toStored(next));
  log.info(
    { subscription: sub.id, channel: sub.channelId, next: next?.at.toISO() ?? null },
    "next post scheduled",
  );
}
