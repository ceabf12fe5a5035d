import { DateTime } from "luxon";
import type { Clock } from "../clock/clock.js";
import type { Logger } from "../log/logger.js";
import type { Calendar } from "../model/calendar-schema.js";
import type { Subscription } from "../model/subscription-model.js";
import type { DeliveryRepository } from "../ports/delivery-repository.js";
import type { LiveMessageRepository } from "../ports/live-message-repository.js";
import type { Rescheduler } from "../ports/rescheduler.js";
import type { ServerDateRepository } from "../ports/server-date-repository.js";
import type { ScheduledPost, SubscriptionRepository } from "../ports/subscription-repository.js";
import { nextDue } from "../schedule/due.js";
import { addDays, startOfLocalDay } from "../time/local-date.js";
import { PAGE_SIZE, type DeliveryOptions } from "./delivery-options.js";
import { postingCalendar, toStored } from "./next-post.js";

/** Works out when each subscription posts next: after a change to it, or to the calendar. */
export interface Planner extends Rescheduler {
  /**
   * Sets a subscription's next post from now (after add, edit or resume), keeping a retry it is owed.
   * `reopen` (an admin fixed what made it broken) gives its refused posts of the catch-up window
   * another chance.
   */
  reschedule(sub: Subscription, options?: { reopen?: boolean }): Promise<Subscription>;
  /**
   * Recomputes every active subscription's next post from the start of the catch-up window (and
   * redraws every live message).
   */
  rescheduleAll(): Promise<number>;
}

export interface PlannerDeps {
  calendar: Calendar;
  /** Servers' own dates, posted with the calendar's to their subscriptions. */
  serverDates: Pick<ServerDateRepository, "forGuilds" | "guilds">;
  clock: Clock;
  subscriptions: SubscriptionRepository;
  deliveries: Pick<DeliveryRepository, "reopen" | "owed">;
  /** Live messages, redrawn after each change (what they list may have changed). */
  live: Pick<LiveMessageRepository, "markDue" | "markAllDue">;
  log: Logger;
  options: Pick<DeliveryOptions, "catchUpHours" | "leaseSeconds">;
}

export function createPlanner(deps: PlannerDeps): Planner {
  return {
    reschedule: (sub, { reopen = false } = {}) => reschedule(deps, sub, reopen),
    rescheduleAll: () => rescheduleAll(deps),
  };
}

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

async function reschedule(
  { clock, serverDates, subscriptions, deliveries, live, log, options, calendar }: PlannerDeps,
  sub: Subscription,
  reopen: boolean,
): Promise<Subscription> {
  const now = clock.now();
  if (sub.live) await live.markDue(sub.id, now.toUTC().toISO()!);
  if (reopen) {
    const from = now.minus({ hours: options.catchUpHours }).toUTC().toISODate()!;
    const reopened = await deliveries.reopen(sub.id, from, clock.now().toUTC().toISO()!);
    if (reopened) log.info({ subscription: sub.id, reopened }, "refused posts reopened");
  }
  const fresh = toStored(
    nextDue(
      postingCalendar(calendar, sub, await serverDates.forGuilds([sub.guildId])),
      sub,
      notBeforeNextDay(sub, now),
    ),
  );
  const staleBefore = now.minus({ seconds: options.leaseSeconds }).toUTC().toISO()!;
  const next = (await owedPost(deliveries, sub, fresh, reopen, staleBefore)) ?? fresh;
  await subscriptions.schedule(sub.id, next);
  return { ...sub, nextDueAt: next?.at ?? null, nextDueDate: next?.date ?? null };
}

/**
 * The stored post, when it was tried and is owed a retry (or reopened) and comes before the fresh
 * one: an edit during the backoff must not skip it.
 */
async function owedPost(
  deliveries: PlannerDeps["deliveries"],
  sub: Subscription,
  fresh: ScheduledPost | null,
  reopen: boolean,
  staleBefore: string,
): Promise<ScheduledPost | null> {
  if (!sub.nextDueAt || !sub.nextDueDate) return null;
  if (!reopen && !(await deliveries.owed(sub.id, sub.nextDueDate, staleBefore))) return null;
  if (fresh && sub.nextDueAt >= fresh.at) return null;
  return { at: sub.nextDueAt, date: sub.nextDueDate };
}

async function rescheduleAll(deps: PlannerDeps): Promise<number> {
  const { clock, subscriptions, calendar, options } = deps;
  const from = clock.now().minus({ hours: options.catchUpHours });
  const schedules = await subscriptions.activeSchedules();
  const count = await subscriptions.scheduleAll(
    schedules.map((schedule) => ({
      schedule,
      next: toStored(nextDue(calendar, schedule, notBeforeNextDay(schedule, from))),
    })),
  );
  await rescheduleWithServerDates(deps, from);
  await deps.live.markAllDue(clock.now().toUTC().toISO()!);
  return count;
}

/**
 * Subscriptions of servers with dates of their own post those too: each is scheduled alone (the
 * servers read in pages, as a query binds only so many values).
 */
async function rescheduleWithServerDates(
  { serverDates, subscriptions, calendar }: PlannerDeps,
  from: DateTime,
): Promise<void> {
  const guilds = await serverDates.guilds();
  for (let i = 0; i < guilds.length; i += PAGE_SIZE) {
    const page = guilds.slice(i, i + PAGE_SIZE);
    const dates = await serverDates.forGuilds(page);
    for (const guildId of page)
      for (const sub of await subscriptions.list(guildId))
        if (sub.status === "active")
          await subscriptions.schedule(
            sub.id,
            toStored(
              nextDue(postingCalendar(calendar, sub, dates), sub, notBeforeNextDay(sub, from)),
            ),
          );
  }
}
