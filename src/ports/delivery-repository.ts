import type { DeliveryKey } from "../model/delivery-key.js";

export type DeliveryStatus = "claimed" | "sent" | "retry" | "failed";

/** A post taken for sending. Every write after it names `token`; one taken over no longer can. */
export interface HeldClaim {
  claimed: true;
  token: string;
  attempts: number;
  /** An earlier attempt may have reached Discord: look before sending again. */
  maybeSent: boolean;
  /** When the first attempt began (null: none did); no message of this post is older. */
  firstSentAt: string | null;
  /** This claim already noted its attempt as begun (a new post claimed `sending`): no markSending. */
  sending: boolean;
}

/**
 * Not claimed: already settled, held by another process since `claimedAt`, or waiting for its retry
 * at `retryAt`.
 */
export type Claim =
  | HeldClaim
  | { claimed: false; status: DeliveryStatus; claimedAt: string | null; retryAt: string | null };

export interface Delivery extends DeliveryKey {
  status: DeliveryStatus;
  attempts: number;
  messageId: string | null;
  error: string | null;
}

export interface DeliveryRepository {
  /**
   * Takes a post for sending, atomically: a new one, one whose retry time has come, or one whose
   * claimant vanished (claimed before `staleBefore`). Only one process holds a claim at a time.
   * With `sending`, a new post is claimed with its attempt noted as begun (what markSending writes),
   * in the same statement: the caller sends it at once.
   */
  claim(
    key: DeliveryKey,
    now: string,
    staleBefore: string,
    options?: { sending?: boolean },
  ): Promise<Claim>;
  /**
   * The writes after a claim. Each applies only while `token` still holds the claim, so a `sent` row
   * never goes back and a stale process cannot overwrite the new holder's result; false when it did not.
   */
  /** Notes, before the request goes out, that this attempt may reach Discord. */
  markSending(key: DeliveryKey, token: string, now: string): Promise<boolean>;
  /** Also true when this token already recorded this message (a repeated record whose answer was lost). */
  markSent(key: DeliveryKey, token: string, messageId: string, now: string): Promise<boolean>;
  markRetry(
    key: DeliveryKey,
    token: string,
    failure: { error: string; retryAt: string; maybeSent: boolean },
  ): Promise<boolean>;
  markFailed(
    key: DeliveryKey,
    token: string,
    failure: { error: string; maybeSent: boolean },
  ): Promise<boolean>;
  /**
   * Whether a post of this date is owed another try: a retry is due, or its claim went stale (claimed
   * before `staleBefore`).
   */
  owed(subscriptionId: string, date: string, staleBefore: string): Promise<boolean>;
  /**
   * Gives failed posts dated `from` or later another chance, where no attempt could have made them
   * (after an admin fixed what refused them); returns how many.
   */
  reopen(subscriptionId: string, from: string, now: string): Promise<number>;
  list(subscriptionId?: string): Promise<Delivery[]>;
  /** The messages recorded for a subscription's posts of one local date. */
  messageIds(subscriptionId: string, date: string): Promise<string[]>;
  /** Deletes the rows of posts dated before `date` (their day is long past); returns how many. */
  prune(date: string): Promise<number>;
}
