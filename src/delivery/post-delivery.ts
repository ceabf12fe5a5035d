import { DateTime } from "luxon";
import type { Clock } from "../clock/clock.js";
import type { Logger } from "../log/logger.js";
import { deliveryNonce, NONCE_TRUST_MS, type DeliveryKey } from "../model/delivery-key.js";
import type { Subscription } from "../model/subscription-model.js";
import type { DeliveryRepository, HeldClaim } from "../ports/delivery-repository.js";
import type { SubscriptionRepository } from "../ports/subscription-repository.js";
import type { Post } from "../schedule/compose.js";
import { postInstant } from "../time/post-instant.js";
import { sendDeadlineMs, type DeliveryOptions } from "./delivery-options.js";
import { MAX_ATTEMPTS, retryDelayMinutes } from "./retry-policy.js";
import { DeliveryError, type FailureKind, type Sender } from "./sender.js";

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

/** A tick's report before it has done anything. */
export const newTickReport = (): TickReport => ({
  due: 0,
  sent: 0,
  failed: 0,
  retrying: 0,
  dropped: 0,
  unverified: 0,
  failedBy: {},
});

/** Where a post's messages go: a subscription's channel, or a member's direct messages. */
export type DeliveryTarget = Pick<Subscription, "id" | "channelId" | "postTime" | "timeZone">;

/** Where a target that refused the bot for good ends: its channel is gone, or the bot may not post. */
export interface DeliveryEnds<T> {
  channelGone(target: T): Promise<void>;
  markBroken(target: T, reason: string): Promise<void>;
}

/** What delivering a post works with: the ports, and what this process remembers between ticks. */
export interface DispatchContext<Message, T extends DeliveryTarget = Subscription> {
  clock: Clock;
  /** Where the outcome of a message is noted. */
  subscriptions: Pick<SubscriptionRepository, "recordResult">;
  deliveries: DeliveryRepository;
  sender: Sender<Message, T>;
  log: Logger;
  options: DeliveryOptions;
  /** Targets (subscriptions, members) a tick of this process is handling now. */
  inFlight: Set<string>;
  /** Posts made but not yet recorded (the store failed): recorded again, never sent again. */
  unrecorded: Map<string, { token: string; messageId: string }>;
  /** Where a target that refused the bot for good ends (gone, or the bot may not post). */
  ends: DeliveryEnds<T>;
}

export const SETTLED = "settled";
/** Settled, with its message made (by this process or another). */
export const SENT = "sent";
export const STOP = "stop";
/** Settled (sent or failed for good), to look at again at `again`, or stop: the subscription ended. */
export type Outcome = typeof SENT | typeof SETTLED | typeof STOP | { again: DateTime };

const iso = (clock: Clock) => clock.now().toUTC().toISO()!;
/** Look at the post again in a minute: another process holds it, or what this one did is not recorded yet. */
const again = (clock: Clock) => ({ again: clock.now().plus({ minutes: 1 }) });
const keyId = (key: DeliveryKey) => `${key.subscriptionId}/${key.date}/${key.kind}/${key.part}`;

export const bestEffort = (
  log: Logger,
  work: Promise<unknown>,
  what: string,
  subscription: string,
) => work.catch((error: unknown) => log.error({ err: error, subscription }, `could not ${what}`));

const noteError = <M, T extends DeliveryTarget>(
  ctx: DispatchContext<M, T>,
  sub: T,
  lastError: string,
) =>
  bestEffort(
    ctx.log,
    ctx.subscriptions.recordResult(sub.id, { lastError }),
    "note the result",
    sub.id,
  );

/** Whether the post's time is further back than its nonce covers. */
const pastNonce = (clock: Clock, sub: DeliveryTarget, post: Post) =>
  clock
    .now()
    .diff(postInstant(post.date, sub.postTime, sub.timeZone))
    .toMillis() > NONCE_TRUST_MS;

/** Sends one message of a post, unless another process or an earlier tick settles it. */
export async function deliver<Message, T extends DeliveryTarget>(
  ctx: DispatchContext<Message, T>,
  sub: T,
  post: Post,
  part: number,
  message: Message,
  report: TickReport,
): Promise<Outcome> {
  const key: DeliveryKey = { subscriptionId: sub.id, date: post.date, kind: post.kind, part };
  const pending = ctx.unrecorded.get(keyId(key));
  if (pending) return record(ctx, sub, key, pending.token, pending.messageId, report);
  const claim = await claimMessage(ctx, sub, post, key);
  if (typeof claim === "string" || !("token" in claim)) return claim;
  const context = {
    subscription: sub.id,
    channel: sub.channelId,
    date: post.date,
    kind: post.kind,
    attempt: claim.attempts,
  };
  try {
    return await sendClaimed(ctx, sub, post, key, message, claim, report, context);
  } catch (error) {
    const failure =
      error instanceof DeliveryError
        ? error
        : new DeliveryError("transient", (error as Error).message, true);
    return settleFailure(ctx, sub, key, claim, failure, report, context);
  }
}

/** Claims the message, or says when to look at it again (or that it is settled already). */
async function claimMessage<M, T extends DeliveryTarget>(
  { clock, deliveries, options }: DispatchContext<M, T>,
  sub: T,
  post: Post,
  key: DeliveryKey,
): Promise<HeldClaim | Outcome> {
  const now = clock.now();
  // A new post within the nonce's reach is sent at once: its claim notes the attempt as begun.
  const claim = await deliveries.claim(
    key,
    iso(clock),
    now.minus({ seconds: options.leaseSeconds }).toUTC().toISO()!,
    { sending: !pastNonce(clock, sub, post) },
  );
  if (claim.claimed) return claim;
  if (claim.status === "sent") return SENT;
  if (claim.status === "failed") return SETTLED;
  // Another process holds it (it marks it sent, or its claim goes stale), or its retry is later:
  // look again when it can be claimed, and within a minute at most.
  const claimable =
    claim.status === "retry" && claim.retryAt
      ? DateTime.fromISO(claim.retryAt)
      : DateTime.fromISO(claim.claimedAt ?? iso(clock)).plus({ seconds: options.leaseSeconds });
  return { again: DateTime.max(now, DateTime.min(claimable, again(clock).again)) };
}

/** Sends a claimed message, or finds the one an earlier attempt made, and records it. */
async function sendClaimed<Message, T extends DeliveryTarget>(
  ctx: DispatchContext<Message, T>,
  sub: T,
  post: Post,
  key: DeliveryKey,
  message: Message,
  claim: HeldClaim,
  report: TickReport,
  context: object,
): Promise<Outcome> {
  const { clock, deliveries, sender, log, options } = ctx;
  const signal = AbortSignal.timeout(sendDeadlineMs(options.leaseSeconds));
  const earlier = await earlierMessage(ctx, sub, post, message, claim, signal);
  if (earlier === "unverified") {
    const reason =
      "not retried: an earlier try may have posted it, and I cannot check (Read Message History)";
    if (!(await deliveries.markFailed(key, claim.token, { error: reason, maybeSent: true })))
      return again(clock);
    await noteError(ctx, sub, reason);
    report.unverified++;
    log.warn(context, "post not retried: it may exist, and the channel cannot be checked");
    return SETTLED;
  }
  if (earlier) log.info({ ...context, messageId: earlier }, "found the earlier try's message");
  if (!earlier && !claim.sending && !(await deliveries.markSending(key, claim.token, iso(clock))))
    return again(clock);
  const sent = earlier
    ? { messageId: earlier }
    : await sender.send(sub, message, deliveryNonce(key), signal);
  const thread = await sender.openThread(sub, message, sent.messageId, signal);
  const warning = [sent.warning, thread].filter(Boolean).join("; ") || null;
  return await record(ctx, sub, key, claim.token, sent.messageId, report, warning);
}

/**
 * When an earlier attempt may have reached Discord, finds its message. Returns the message id, null
 * to send (nothing was made, or the nonce still covers it), or "unverified" to give up rather than
 * risk a second message.
 *
 * A first claim made later than the nonce covers, after the post's time, looks too: the outbox may not
 * know of a post made earlier — a store restored from a backup, or moved without its outbox.
 */
async function earlierMessage<Message, T extends DeliveryTarget>(
  { clock, deliveries, sender }: DispatchContext<Message, T>,
  sub: T,
  post: Post,
  message: Message,
  claim: HeldClaim,
  signal: AbortSignal,
): Promise<string | null | "unverified"> {
  if (!claim.maybeSent && !pastNonce(clock, sub, post)) return null;
  const firstSent = claim.firstSentAt ? DateTime.fromISO(claim.firstSentAt) : clock.now();
  const due = postInstant(post.date, sub.postTime, sub.timeZone);
  // No message of this post predates its time or its first attempt; an hour's margin absorbs any
  // difference between Discord's clock and ours.
  const after = DateTime.min(firstSent, due).minus({ hours: 1 });
  const taken = new Set(await deliveries.messageIds(sub.id, post.date));
  const lookup = await sender.find(sub, message, after, taken, signal);
  if (lookup.found) return lookup.messageId;
  if (lookup.found === false) return null;
  // The bot cannot look: a post none of whose tries can have made it is sent (the outbox knows).
  if (!claim.maybeSent) return null;
  if (!lookup.withoutNonce && clock.now().diff(firstSent).toMillis() < NONCE_TRUST_MS) return null;
  return "unverified";
}

/** A send that failed: a retry later, or failed for good (ending the subscription if it must). */
async function settleFailure<M, T extends DeliveryTarget>(
  ctx: DispatchContext<M, T>,
  sub: T,
  key: DeliveryKey,
  claim: HeldClaim,
  failure: DeliveryError,
  report: TickReport,
  context: object,
): Promise<Outcome> {
  const { clock, deliveries, log } = ctx;
  await noteError(ctx, sub, failure.message);
  const maybeSent = claim.maybeSent || failure.maybeSent;
  if (failure.kind === "transient" && claim.attempts < MAX_ATTEMPTS) {
    const retryAt = clock.now().plus({ minutes: retryDelayMinutes(claim.attempts) });
    await deliveries.markRetry(key, claim.token, {
      error: failure.message,
      retryAt: retryAt.toUTC().toISO()!,
      maybeSent,
    });
    report.retrying++;
    log.warn(
      { ...context, error: failure.message, retryAt: retryAt.toISO() },
      "post failed; will retry",
    );
    return { again: retryAt };
  }
  const failed = () => {
    report.failed++;
    report.failedBy[failure.kind] = (report.failedBy[failure.kind] ?? 0) + 1;
    log.error({ ...context, error: failure.message, outcome: failure.kind }, "post failed");
  };
  if (failure.kind === "gone") {
    // The subscription goes with its outbox rows, this one included, in one transaction: a process
    // that stops half-way leaves its claim, and whoever takes it over finds the channel gone again.
    await ctx.ends.channelGone(sub);
    failed();
    log.warn(context, "channel is gone: subscription removed");
    return STOP;
  }
  if (!(await deliveries.markFailed(key, claim.token, { error: failure.message, maybeSent })))
    return again(clock);
  failed();
  if (failure.kind === "forbidden") {
    await ctx.ends.markBroken(sub, failure.message);
    log.warn(
      { ...context, reason: failure.message },
      "subscription broken until an admin edits or resumes it",
    );
    return STOP;
  }
  return SETTLED;
}

/**
 * Records a post Discord made; then publishes it and notes the result on the subscription, with
 * `warning` (what the post lacks: its thread, its tags).
 */
async function record<M, T extends DeliveryTarget>(
  { clock, deliveries, subscriptions, sender, log, unrecorded }: DispatchContext<M, T>,
  sub: T,
  key: DeliveryKey,
  token: string,
  messageId: string,
  report: TickReport,
  warning: string | null = null,
): Promise<Outcome> {
  const context = { subscription: sub.id, channel: sub.channelId, date: key.date, kind: key.kind };
  let recorded: boolean;
  try {
    recorded = await deliveries.markSent(key, token, messageId, iso(clock));
  } catch (error) {
    unrecorded.set(keyId(key), { token, messageId });
    log.error(
      { ...context, err: error, messageId },
      "posted, but could not record it; will record it again",
    );
    return again(clock);
  }
  unrecorded.delete(keyId(key));
  if (!recorded) {
    // Another process took the claim over; it looks in the channel before sending, and finds this
    // one. Look again in a minute rather than move the schedule past what it may still owe.
    log.warn({ ...context, messageId }, "posted, but the claim was taken over meanwhile");
    return again(clock);
  }
  report.sent++;
  log.info({ ...context, messageId }, "posted");
  const published = await sender.publish(sub, messageId);
  if (published) log.warn({ ...context, messageId, warning: published }, "not published");
  if (warning) log.warn({ ...context, messageId, warning }, "posted, but not as asked");
  const lastError = [warning, published].filter(Boolean).join("; ") || null;
  await bestEffort(
    log,
    subscriptions.recordResult(sub.id, { lastPostAt: iso(clock), lastError }),
    "note the result",
    sub.id,
  );
  return SENT;
}
