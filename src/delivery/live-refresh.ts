import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import pLimit from "p-limit";
import { nextOccurrences } from "../calendar/occurrences.js";
import type { Clock } from "../clock/clock.js";
import type { Logger } from "../log/logger.js";
import type { Calendar } from "../model/calendar-schema.js";
import { liveNonce, NONCE_TRUST_MS } from "../model/delivery-key.js";
import type { Subscription } from "../model/subscription-model.js";
import type { LiveMessage, LiveMessageRepository } from "../ports/live-message-repository.js";
import type { ServerDateRepository } from "../ports/server-date-repository.js";
import type { SubscriptionRepository } from "../ports/subscription-repository.js";
import type { SubscriptionService } from "../subscriptions/subscription-service.js";
import { addDays, localDate, startOfLocalDay } from "../time/local-date.js";
import { PAGE_SIZE, sendDeadlineMs, type DeliveryOptions } from "./delivery-options.js";
import type { LiveSender } from "./live-sender.js";
import { postingCalendar } from "./next-post.js";
import { DeliveryError } from "./sender.js";

/** How many coming days a live message lists (Discord's embed holds far more; ten stay readable). */
export const LIVE_DAYS = 10;
/** A live message Discord failed to show (5xx, a timeout, a 429) is tried again this much later. */
const RETRY_MINUTES = 5;

export interface LiveReport {
  created: number;
  edited: number;
  /** Drawn, and the same as the message says: no request made. */
  unchanged: number;
  failed: number;
}

/** Keeps each live message showing the coming days: made once, then edited, made again if deleted. */
export interface LiveRefresh {
  /** Draws the live messages that are due (a day passed, the calendar or the subscription changed). */
  tick(): Promise<LiveReport>;
}

export interface LiveRefreshDeps<Message> {
  calendar: Calendar;
  serverDates: Pick<ServerDateRepository, "forGuilds">;
  clock: Clock;
  subscriptions: Pick<SubscriptionRepository, "find" | "recordResult">;
  live: LiveMessageRepository;
  sender: LiveSender<Message>;
  /** Where a subscription whose channel refused it for good ends, as for posts. */
  ends: Pick<SubscriptionService, "channelGone" | "markBroken">;
  log: Logger;
  options: Pick<DeliveryOptions, "leaseSeconds" | "concurrency">;
}

/** One live message being drawn: what it says now, and the lease this process holds it by. */
interface Drawing<Message> {
  sub: Subscription;
  row: LiveMessage;
  lease: string;
  message: Message;
  hash: string;
  /** The start of the next local day: when the list changes next by itself. */
  nextDay: string;
  signal: AbortSignal;
}

const iso = (time: DateTime) => time.toUTC().toISO()!;

export function createLiveRefresh<Message>(deps: LiveRefreshDeps<Message>): LiveRefresh {
  return {
    async tick() {
      const report: LiveReport = { created: 0, edited: 0, unchanged: 0, failed: 0 };
      const limit = pLimit(deps.options.concurrency);
      // One page a tick; what is left stays due for the next.
      const due = await deps.live.due(iso(deps.clock.now()), PAGE_SIZE);
      await Promise.all(
        due.map((row) =>
          limit(() =>
            refresh(deps, row, report).catch((error: unknown) =>
              deps.log.error(
                { err: error, subscription: row.subscriptionId },
                "could not draw the live message",
              ),
            ),
          ),
        ),
      );
      if (report.created + report.edited + report.failed)
        deps.log.info(report, "live messages drawn");
      return report;
    },
  };
}

/** Takes one due live message and shows what it should say, if another process does not have it. */
async function refresh<M>(deps: LiveRefreshDeps<M>, row: LiveMessage, report: LiveReport) {
  const sub = await deps.subscriptions.find(row.subscriptionId);
  const now = deps.clock.now();
  const lease = iso(now.plus({ seconds: deps.options.leaseSeconds }));
  const taken = sub ? await deps.live.take(sub.id, iso(now), lease) : null;
  if (!sub || !taken) return;
  const drawing = await draw(deps, { sub, row: taken, lease }, now);
  try {
    await show(deps, drawing, report);
  } catch (error) {
    report.failed++;
    await settleFailure(deps, drawing, error);
  }
}

/** The message as it should read now: the next days of the subscription's kinds, from today. */
async function draw<M>(
  deps: LiveRefreshDeps<M>,
  held: Pick<Drawing<M>, "sub" | "row" | "lease">,
  now: DateTime,
): Promise<Drawing<M>> {
  const { sub } = held;
  const today = localDate(now, sub.timeZone);
  const dates = await deps.serverDates.forGuilds([sub.guildId]);
  const days = nextOccurrences(postingCalendar(deps.calendar, sub, dates), today, {
    count: LIVE_DAYS,
    kinds: sub.kinds,
  });
  const message = deps.sender.draw(sub, days);
  return {
    ...held,
    message,
    // The day is part of it: once a day, at midnight, the message is edited even if it reads the same,
    // which is how a message deleted or unpinned by a member is noticed (10008; its `pinned`).
    hash: createHash("sha256")
      .update(JSON.stringify([today, message]))
      .digest("base64url"),
    nextDay: iso(startOfLocalDay(addDays(today, 1), sub.timeZone)),
    signal: AbortSignal.timeout(sendDeadlineMs(deps.options.leaseSeconds)),
  };
}

/** Edits the message when what it says (or the day) changed; makes it when there is none (or deleted). */
async function show<M>(deps: LiveRefreshDeps<M>, d: Drawing<M>, report: LiveReport) {
  const { live, sender, log } = deps;
  const { sub, row, lease } = d;
  if (row.messageId) {
    const same = row.contentHash === d.hash;
    const edited = same ? row : await sender.edit(sub, row.messageId, d.message, d.signal);
    if (edited) {
      report[same ? "unchanged" : "edited"]++;
      const pinned = await pinIfAsked(deps, sub, row.messageId, edited.pinned);
      await live.release(sub.id, lease, { dueAt: d.nextDay, contentHash: d.hash, pinned });
      return;
    }
    log.info(
      { subscription: sub.id, messageId: row.messageId },
      "live message deleted; made again",
    );
    await live.forget(sub.id, lease);
    return create(
      deps,
      { ...d, row: { ...row, generation: row.generation + 1, pinned: false } },
      report,
    );
  }
  return create(deps, d, report);
}

/**
 * Makes the message, once: a create that may have reached Discord and was not recorded (a lost
 * answer, a process that died) is looked for in the channel first (`earlierTry`).
 */
async function create<M>(deps: LiveRefreshDeps<M>, d: Drawing<M>, report: LiveReport) {
  const { live, sender, log, clock } = deps;
  const { sub, row, lease } = d;
  if (row.sendingSince && (await earlierTry(deps, d, row.sendingSince))) return;
  if (!(await live.markSending(sub.id, lease, iso(clock.now())))) return;
  const nonce = liveNonce(sub.id, row.generation);
  const { messageId } = await sender.create(sub, d.message, nonce, d.signal);
  report.created++;
  const pinned = await pinIfAsked(deps, sub, messageId, false);
  const state = { messageId, contentHash: d.hash, dueAt: d.nextDay, pinned };
  const recorded = await live.record(sub.id, lease, state);
  log[recorded ? "info" : "warn"](
    { subscription: sub.id, channel: sub.channelId, messageId },
    recorded ? "live message made" : "live message made, but another process took it over",
  );
}

/**
 * Settles a create begun at `since` and never recorded, when it can: its message found in the channel
 * is recorded (and edited at once, what it says being unknown); where the bot cannot look, and the
 * nonce no longer covers the first try, it is left with a warning rather than risk a second message.
 * False: make it (nothing was found, or the nonce still returns the earlier message).
 */
async function earlierTry<M>(deps: LiveRefreshDeps<M>, d: Drawing<M>, since: string) {
  const { live, log, clock } = deps;
  const { sub, lease } = d;
  const context = { subscription: sub.id, channel: sub.channelId };
  const began = DateTime.fromISO(since);
  const lookup = await deps.sender.find(sub, began.minus({ hours: 1 }), d.signal);
  if (lookup.found) {
    log.info({ ...context, messageId: lookup.messageId }, "found the earlier try's live message");
    const state = { messageId: lookup.messageId, contentHash: null, dueAt: iso(clock.now()) };
    await live.record(sub.id, lease, state);
    return true;
  }
  if (lookup.found === false || clock.now().diff(began).toMillis() < NONCE_TRUST_MS) return false;
  const reason = `live message not made again: an earlier try may have made it, and ${lookup.reason}`;
  await note(deps, sub, reason);
  log.warn({ ...context, reason }, "live message not made again");
  await live.release(sub.id, lease, { dueAt: d.nextDay });
  return true;
}

/** Pins the message when the subscription asks and it is not yet; whether it is pinned now. */
async function pinIfAsked<M>(
  deps: LiveRefreshDeps<M>,
  sub: Subscription,
  messageId: string,
  pinned: boolean,
): Promise<boolean> {
  if (!sub.pin || pinned) return pinned;
  const warning = await deps.sender.pin(sub, messageId);
  if (!warning) return true;
  deps.log.warn({ subscription: sub.id, messageId, warning }, "live message not pinned");
  await note(deps, sub, warning);
  return false;
}

const note = <M>(deps: LiveRefreshDeps<M>, sub: Subscription, lastError: string) =>
  deps.subscriptions
    .recordResult(sub.id, { lastError })
    .catch((error: unknown) =>
      deps.log.error({ err: error, subscription: sub.id }, "could not note the result"),
    );

/** A refusal: the channel gone or forbidden ends the subscription as for posts; else a later try. */
async function settleFailure<M>(deps: LiveRefreshDeps<M>, d: Drawing<M>, error: unknown) {
  const { sub, lease } = d;
  const failure =
    error instanceof DeliveryError ? error : new DeliveryError("transient", String(error), true);
  const context = { subscription: sub.id, channel: sub.channelId, error: failure.message };
  deps.log.warn({ ...context, outcome: failure.kind }, "live message failed");
  if (failure.kind === "gone") return deps.ends.channelGone(sub);
  if (failure.kind === "forbidden") return deps.ends.markBroken(sub, failure.message);
  await note(deps, sub, `live message: ${failure.message}`);
  const dueAt =
    failure.kind === "transient"
      ? iso(deps.clock.now().plus({ minutes: RETRY_MINUTES }))
      : d.nextDay;
  await deps.live.release(sub.id, lease, { dueAt });
}
