import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { DeliveryKey } from "../schedule/due.js";
import type { Database } from "./schema.js";

export type DeliveryStatus = "claimed" | "sent" | "retry" | "failed";

/** A post taken for sending. Every write after it names `token`; one taken over no longer can. */
export interface HeldClaim {
  claimed: true;
  token: string;
  attempts: number;
  /** When the post was first claimed: no message of it can be older. */
  firstClaimedAt: string;
  /** An earlier attempt may have reached Discord: look before sending again. */
  maybeSent: boolean;
}

export type Claim = HeldClaim | { claimed: false; status: DeliveryStatus };

export interface Delivery extends DeliveryKey {
  status: DeliveryStatus;
  attempts: number;
  messageId: string | null;
  error: string | null;
}

export interface DeliveryRepository {
  /**
   * Takes a post for sending, atomically: a new one, one whose retry time has come, or one whose
   * claimant vanished (claimed before `staleBefore`, and so perhaps sent). Only one process holds a
   * claim at a time.
   */
  claim(key: DeliveryKey, now: string, staleBefore: string): Promise<Claim>;
  /**
   * The writes after a claim. Each applies only while `token` still holds the claim, so a `sent` row
   * never goes back and a stale process cannot overwrite the new holder's result; false when it did not.
   */
  markSent(key: DeliveryKey, token: string, messageId: string, now: string): Promise<boolean>;
  markRetry(
    key: DeliveryKey,
    token: string,
    failure: { error: string; retryAt: string; maybeSent: boolean },
  ): Promise<boolean>;
  markFailed(key: DeliveryKey, token: string, error: string): Promise<boolean>;
  list(subscriptionId?: string): Promise<Delivery[]>;
  /** Deletes the rows of posts dated before `date` (their day is long past); returns how many. */
  prune(date: string): Promise<number>;
}

/** The delivery outbox: one row per (subscription, local date, kind). */
export function deliveryRepository(db: Kysely<Database>): DeliveryRepository {
  const where = (key: DeliveryKey) =>
    db
      .updateTable("deliveries")
      .where("subscription_id", "=", key.subscriptionId)
      .where("local_date", "=", key.date)
      .where("kind", "=", key.kind);
  const held = (key: DeliveryKey, token: string) =>
    where(key).where("status", "=", "claimed").where("claim_token", "=", token);
  const changed = (result: { numUpdatedRows: bigint }) => Number(result.numUpdatedRows) === 1;
  return {
    async claim(key, now, staleBefore) {
      const token = randomUUID();
      const inserted = await db
        .insertInto("deliveries")
        .values({
          subscription_id: key.subscriptionId,
          local_date: key.date,
          kind: key.kind,
          status: "claimed",
          attempts: 1,
          claimed_at: now,
          first_claimed_at: now,
          claim_token: token,
          maybe_sent: 0,
        })
        .onConflict((oc) => oc.columns(["subscription_id", "local_date", "kind"]).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1)
        return { claimed: true, token, attempts: 1, firstClaimedAt: now, maybeSent: false };
      const retaken = await where(key)
        .set((eb) => ({
          status: "claimed",
          claimed_at: now,
          claim_token: token,
          attempts: eb("attempts", "+", 1),
          // A claim whose holder vanished may have been sent before it died.
          maybe_sent: eb
            .case()
            .when("status", "=", "claimed")
            .then(1)
            .else(eb.ref("maybe_sent"))
            .end(),
        }))
        .where((eb) =>
          eb.or([
            eb.and([eb("status", "=", "retry"), eb("retry_at", "<=", now)]),
            eb.and([eb("status", "=", "claimed"), eb("claimed_at", "<", staleBefore)]),
          ]),
        )
        .returning(["attempts", "first_claimed_at", "claimed_at", "maybe_sent"])
        .executeTakeFirst();
      if (retaken)
        return {
          claimed: true,
          token,
          attempts: Number(retaken.attempts),
          firstClaimedAt: retaken.first_claimed_at ?? retaken.claimed_at,
          maybeSent: Number(retaken.maybe_sent) === 1,
        };
      const row = await db
        .selectFrom("deliveries")
        .select("status")
        .where("subscription_id", "=", key.subscriptionId)
        .where("local_date", "=", key.date)
        .where("kind", "=", key.kind)
        .executeTakeFirstOrThrow();
      return { claimed: false, status: row.status as DeliveryStatus };
    },
    async markSent(key, token, messageId, now) {
      return changed(
        await held(key, token)
          .set({ status: "sent", message_id: messageId, sent_at: now, error: null, retry_at: null })
          .executeTakeFirst(),
      );
    },
    async markRetry(key, token, { error, retryAt, maybeSent }) {
      return changed(
        await held(key, token)
          .set((eb) => ({
            status: "retry",
            error,
            retry_at: retryAt,
            maybe_sent: maybeSent ? 1 : eb.ref("maybe_sent"),
          }))
          .executeTakeFirst(),
      );
    },
    async markFailed(key, token, error) {
      return changed(
        await held(key, token).set({ status: "failed", error, retry_at: null }).executeTakeFirst(),
      );
    },
    async prune(date) {
      const result = await db
        .deleteFrom("deliveries")
        .where("local_date", "<", date)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async list(subscriptionId) {
      let query = db.selectFrom("deliveries").selectAll().orderBy("local_date").orderBy("kind");
      if (subscriptionId) query = query.where("subscription_id", "=", subscriptionId);
      const rows = await query.execute();
      return rows.map((r) => ({
        subscriptionId: r.subscription_id,
        date: r.local_date,
        kind: r.kind as DeliveryKey["kind"],
        status: r.status as DeliveryStatus,
        attempts: Number(r.attempts),
        messageId: r.message_id,
        error: r.error,
      }));
    },
  };
}
