import type { Kysely } from "kysely";
import type { DeliveryKey } from "../schedule/due.js";
import type { Database } from "./schema.js";

export type DeliveryStatus = "claimed" | "sent" | "retry" | "failed";

export type Claim =
  { claimed: true; attempts: number } | { claimed: false; status: DeliveryStatus };

export interface Delivery extends DeliveryKey {
  status: DeliveryStatus;
  attempts: number;
  messageId: string | null;
  error: string | null;
}

export interface DeliveryRepository {
  /**
   * Takes a post for sending, atomically: a new one, one whose retry time has come, or one whose
   * claimant vanished (claimed before `staleBefore`). Only one process ever holds a claim.
   */
  claim(key: DeliveryKey, now: string, staleBefore: string): Promise<Claim>;
  markSent(key: DeliveryKey, messageId: string, now: string): Promise<void>;
  markRetry(key: DeliveryKey, error: string, retryAt: string): Promise<void>;
  markFailed(key: DeliveryKey, error: string): Promise<void>;
  list(subscriptionId?: string): Promise<Delivery[]>;
}

/** The delivery outbox: one row per (subscription, local date, kind). */
export function deliveryRepository(db: Kysely<Database>): DeliveryRepository {
  const where = (key: DeliveryKey) =>
    db
      .updateTable("deliveries")
      .where("subscription_id", "=", key.subscriptionId)
      .where("local_date", "=", key.date)
      .where("kind", "=", key.kind);
  return {
    async claim(key, now, staleBefore) {
      const inserted = await db
        .insertInto("deliveries")
        .values({
          subscription_id: key.subscriptionId,
          local_date: key.date,
          kind: key.kind,
          status: "claimed",
          attempts: 1,
          claimed_at: now,
        })
        .onConflict((oc) => oc.columns(["subscription_id", "local_date", "kind"]).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1)
        return { claimed: true, attempts: 1 };
      const retaken = await where(key)
        .set((eb) => ({ status: "claimed", claimed_at: now, attempts: eb("attempts", "+", 1) }))
        .where((eb) =>
          eb.or([
            eb.and([eb("status", "=", "retry"), eb("retry_at", "<=", now)]),
            eb.and([eb("status", "=", "claimed"), eb("claimed_at", "<", staleBefore)]),
          ]),
        )
        .returning("attempts")
        .executeTakeFirst();
      if (retaken) return { claimed: true, attempts: Number(retaken.attempts) };
      const row = await db
        .selectFrom("deliveries")
        .select("status")
        .where("subscription_id", "=", key.subscriptionId)
        .where("local_date", "=", key.date)
        .where("kind", "=", key.kind)
        .executeTakeFirstOrThrow();
      return { claimed: false, status: row.status as DeliveryStatus };
    },
    async markSent(key, messageId, now) {
      await where(key)
        .set({ status: "sent", message_id: messageId, sent_at: now, error: null, retry_at: null })
        .execute();
    },
    async markRetry(key, error, retryAt) {
      await where(key).set({ status: "retry", error, retry_at: retryAt }).execute();
    },
    async markFailed(key, error) {
      await where(key).set({ status: "failed", error, retry_at: null }).execute();
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
