import pLimit from "p-limit";
import type { DateTime } from "luxon";
import { occurrencesOn, type Occurrence } from "../calendar/occurrences.js";
import type { Clock } from "../clock/clock.js";
import type { Logger } from "../log/logger.js";
import type { Calendar, Language } from "../model/calendar-schema.js";
import type { IsoDate } from "../model/iso-date.js";
import {
  memberDeliveryId,
  REMINDER_SCHEDULE,
  type ReminderMember,
} from "../model/member-reminder-model.js";
import type { DeliveryRepository } from "../ports/delivery-repository.js";
import type { MemberReminderRepository } from "../ports/member-reminder-repository.js";
import type { Post } from "../schedule/compose.js";
import { addDays, localDate, startOfLocalDay } from "../time/local-date.js";
import { postInstant } from "../time/post-instant.js";
import { PAGE_SIZE, type DeliveryOptions } from "./delivery-options.js";
import {
  deliver,
  newTickReport,
  SENT,
  SETTLED,
  type DeliveryTarget,
  type DispatchContext,
  type TickReport,
} from "./post-delivery.js";
import type { Sender } from "./sender.js";

/** A member's direct messages, as the outbox sees them: their channel is their user id. */
export interface MemberTarget extends DeliveryTarget {
  userId: string;
  language: Language;
}

export interface ReminderDispatcher {
  /** Sends the reminders due now: one direct message per member and day, once. */
  tick(): Promise<TickReport>;
}

export interface ReminderDispatcherDeps<Message> {
  calendar: Calendar;
  clock: Clock;
  deliveries: DeliveryRepository;
  reminders: MemberReminderRepository;
  sender: Sender<Message, MemberTarget>;
  log: Logger;
  options: DeliveryOptions;
}

const memberTarget = (member: ReminderMember): MemberTarget => ({
  id: memberDeliveryId(member.userId),
  channelId: member.userId,
  ...REMINDER_SCHEDULE,
  userId: member.userId,
  language: member.language,
});

/** The day's observances a member asked for (a holiday of several days, on its first day). */
const wantedBy = (member: ReminderMember, occurrences: Occurrence[]) =>
  occurrences.filter((o) =>
    member.targets.some((t) =>
      "observance" in t ? t.observance === o.observance.id : t.kind === o.observance.kind,
    ),
  );

/**
 * Members' reminders through the same outbox as the channels' posts (claim, fence, look before
 * resending, nonce): each evening at REMINDER_SCHEDULE, a member with a reminder of one of the next
 * day's observances gets one direct message with all of theirs. Late ones go out within the posts'
 * catch-up window. Discord refusing a member's DMs (50007) pauses their reminders, never retried.
 */
export function createReminderDispatcher<Message>(
  deps: ReminderDispatcherDeps<Message>,
): ReminderDispatcher {
  const { reminders, clock, log } = deps;
  const ctx: DispatchContext<Message, MemberTarget> = {
    ...deps,
    // A member's direct messages keep no notes: nothing is kept about them but their reminders.
    subscriptions: { recordResult: async () => undefined },
    inFlight: new Set(),
    unrecorded: new Map(),
    ends: {
      channelGone: (target) => reminders.refuse(target.userId, "no DM channel", iso(clock)),
      markBroken: (target, reason) => reminders.refuse(target.userId, reason, iso(clock)),
    },
  };
  return {
    async tick() {
      const report = newTickReport();
      for (const date of dueDates(clock.now(), deps.options.catchUpHours))
        await remindOn(ctx, deps, date, report);
      if (report.due) log.info(report, "reminders tick");
      return report;
    },
  };
}

const iso = (clock: Clock) => clock.now().toUTC().toISO()!;

/**
 * The dates whose reminders are due now: their time has come, is within the catch-up window, and the
 * day they remind of has not begun (a reminder of a day under way would come too late).
 */
function dueDates(now: DateTime, catchUpHours: number): IsoDate[] {
  const { postTime, timeZone } = REMINDER_SCHEDULE;
  const today = localDate(now, timeZone);
  const earliest = localDate(now.minus({ hours: catchUpHours }), timeZone);
  const dates: IsoDate[] = [];
  for (let date = earliest; date <= today; date = addDays(date, 1)) {
    const at = postInstant(date, postTime, timeZone);
    const late = now >= startOfLocalDay(addDays(date, 1), timeZone);
    if (at <= now && now.diff(at).as("hours") <= catchUpHours && !late) dates.push(date);
  }
  return dates;
}

/** Sends the reminders of one date to every member owed one, page by page. */
async function remindOn<M>(
  ctx: DispatchContext<M, MemberTarget>,
  deps: ReminderDispatcherDeps<M>,
  date: IsoDate,
  report: TickReport,
): Promise<void> {
  const observedOn = addDays(date, 1);
  const occurrences = occurrencesOn(deps.calendar, observedOn).filter((o) => o.day === 1);
  if (!occurrences.length) return;
  const wanted = {
    observances: occurrences.map((o) => o.observance.id),
    kinds: [...new Set(occurrences.map((o) => o.observance.kind))],
  };
  const limit = pLimit(deps.options.concurrency);
  const running: Promise<void>[] = [];
  for (let after: string | undefined; ;) {
    const page = await deps.reminders.due(date, wanted, PAGE_SIZE, after);
    if (!page.length) break;
    after = page.at(-1)!.userId;
    const mine = page.filter((m) => !ctx.inFlight.has(memberDeliveryId(m.userId)));
    report.due += mine.length;
    for (const member of mine) {
      const target = memberTarget(member);
      ctx.inFlight.add(target.id);
      const post: Post = {
        kind: "reminder",
        date,
        observedOn,
        daysAhead: 1,
        occurrences: wantedBy(member, occurrences),
      };
      running.push(
        limit(() => remind(ctx, deps, target, post, report))
          .catch((error: unknown) =>
            ctx.log.error({ err: error, member: target.id }, "could not remind a member"),
          )
          .finally(() => ctx.inFlight.delete(target.id)),
      );
    }
  }
  await Promise.all(running);
}

/**
 * Sends a member's reminder of a date, and notes it settled once every message of it is. The page
 * of members is a snapshot: each message first looks whether the member is still owed it (they may
 * have erased everything, been paused or reminded meanwhile).
 */
async function remind<M>(
  ctx: DispatchContext<M, MemberTarget>,
  deps: ReminderDispatcherDeps<M>,
  target: MemberTarget,
  post: Post,
  report: TickReport,
): Promise<void> {
  const { reminders } = deps;
  try {
    for (const [part, message] of ctx.sender.messages(target, post).entries()) {
      if (!(await reminders.owes(target.userId, post.date))) return;
      const outcome = await deliver(ctx, target, post, part, message, report);
      // A later message waits for the earlier ones; the next tick looks again.
      if (outcome !== SENT && outcome !== SETTLED) return;
    }
    await reminders.markReminded(target.userId, post.date);
  } finally {
    // Erased between the look and the claim: the claim's outbox row goes too.
    if (!(await reminders.member(target.userId))) await reminders.erase(target.userId);
  }
}
