import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { DeliveryKey } from "../model/delivery-key.js";
import type { Database } from "./tables.js";
import { directWrites, type Writes } from "./write-batch.js";
import type { DeliveryRepository, DeliveryStatus } from "../ports/delivery-repository.js";

/**
 * The `kind` column names the message: the post's kind for its first message, `day#2` for a second
 * one. Encoded there rather than in a column of its own, so that the table's key stays as it is and a
 * store shared with an older process needs no rebuilt table.
 */
const storedKind = (key: Pick<DeliveryKey, "kind" | "part">) =>
  key.part ? `${key.kind}#${key.part + 1}` : key.kind;

function parseKind(stored: string): Pick<DeliveryKey, "kind" | "part"> {
  const [kind, part] = stored.split("#");
  return { kind: kind as DeliveryKey["kind"], part: part ? Number(part) - 1 : 0 };
}

/** The delivery outbox: one row per (subscription, local date, kind and part). */
export function deliveryRepository(
  db: Kysely<Database>,
  writes: Writes = directWrites(db),
): DeliveryRepository {
  const where = (key: DeliveryKey, on: Kysely<Database> = db) =>
    on
      .updateTable("deliveries")
      .where("subscription_id", "=", key.subscriptionId)
      .where("local_date", "=", key.date)
      .where("kind", "=", storedKind(key));
  const held = (key: DeliveryKey, token: string, on: Kysely<Database>) =>
    where(key, on).where("status", "=", "claimed").where("claim_token", "=", token);
  /** A write after the claim, batched with the moment's others; true when it applied. */
  const fenced = (
    write: (on: Kysely<Database>) => Promise<{ numUpdatedRows: bigint }>,
  ): Promise<boolean> => writes.run(async (on) => changed(await write(on)));
  const changed = (result: { numUpdatedRows: bigint }) => Number(result.numUpdatedRows) === 1;
  return {
    async claim(key, now, staleBefore, { sending = false } = {}) {
      const token = randomUUID();
      const inserted = await db
        .insertInto("deliveries")
        .values({
          subscription_id: key.subscriptionId,
          local_date: key.date,
          kind: storedKind(key),
          status: "claimed",
          attempts: 1,
          claimed_at: now,
          claim_token: token,
          maybe_sent: sending ? 1 : 0,
          first_sent_at: sending ? now : null,
        })
        .onConflict((oc) => oc.columns(["subscription_id", "local_date", "kind"]).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1)
        return { claimed: true, token, attempts: 1, maybeSent: false, firstSentAt: null, sending };
      const retaken = await where(key)
        .set((eb) => ({
          status: "claimed",
          claimed_at: now,
          claim_token: token,
          attempts: eb("attempts", "+", 1),
        }))
        .where((eb) =>
          eb.or([
            eb.and([eb("status", "=", "retry"), eb("retry_at", "<=", now)]),
            eb.and([eb("status", "=", "claimed"), eb("claimed_at", "<", staleBefore)]),
          ]),
        )
        .returning(["attempts", "maybe_sent", "first_sent_at"])
        .executeTakeFirst();
      if (retaken)
        return {
          claimed: true,
          token,
          attempts: Number(retaken.attempts),
          maybeSent: Number(retaken.maybe_sent) === 1,
          firstSentAt: retaken.first_sent_at,
          sending: false,
        };
      const row = await db
        .selectFrom("deliveries")
        .select(["status", "claimed_at", "retry_at"])
        .where("subscription_id", "=", key.subscriptionId)
        .where("local_date", "=", key.date)
        .where("kind", "=", storedKind(key))
        .executeTakeFirstOrThrow();
      return {
        claimed: false,
        status: row.status as DeliveryStatus,
        claimedAt: row.claimed_at,
        retryAt: row.retry_at,
      };
    },
    markSending: (key, token, now) =>
      fenced((on) =>
        held(key, token, on)
          .set((eb) => ({
            maybe_sent: 1,
            first_sent_at: eb.fn.coalesce("first_sent_at", eb.val(now)),
          }))
          .executeTakeFirst(),
      ),
    markSent: (key, token, messageId, now) =>
      fenced((on) =>
        where(key, on)
          .where("claim_token", "=", token)
          .where((eb) =>
            eb.or([
              eb("status", "=", "claimed"),
              eb.and([eb("status", "=", "sent"), eb("message_id", "=", messageId)]),
            ]),
          )
          .set({ status: "sent", message_id: messageId, sent_at: now, error: null, retry_at: null })
          .executeTakeFirst(),
      ),
    markRetry: (key, token, { error, retryAt, maybeSent }) =>
      fenced((on) =>
        held(key, token, on)
          .set({ status: "retry", error, retry_at: retryAt, maybe_sent: maybeSent ? 1 : 0 })
          .executeTakeFirst(),
      ),
    markFailed: (key, token, { error, maybeSent }) =>
      fenced((on) =>
        held(key, token, on)
          .set({ status: "failed", error, retry_at: null, maybe_sent: maybeSent ? 1 : 0 })
          .executeTakeFirst(),
      ),
    async owed(subscriptionId, date, staleBefore) {
      const row = await db
        .selectFrom("deliveries")
        .select("status")
        .where("subscription_id", "=", subscriptionId)
        .where("local_date", "=", date)
        .where((eb) =>
          eb.or([
            eb("status", "=", "retry"),
            eb.and([eb("status", "=", "claimed"), eb("claimed_at", "<", staleBefore)]),
          ]),
        )
        .executeTakeFirst();
      return row !== undefined;
    },
    async messageIds(subscriptionId, date) {
      const rows = await db
        .selectFrom("deliveries")
        .select("message_id")
        .where("subscription_id", "=", subscriptionId)
        .where("local_date", "=", date)
        .where("message_id", "is not", null)
        .execute();
      return rows.map((r) => r.message_id!);
    },
    async reopen(subscriptionId, from, now) {
      const result = await db
        .updateTable("deliveries")
        .set({ status: "retry", retry_at: now })
        .where("subscription_id", "=", subscriptionId)
        .where("local_date", ">=", from)
        .where("status", "=", "failed")
        .where("maybe_sent", "=", 0)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
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
        ...parseKind(r.kind),
        status: r.status as DeliveryStatus,
        attempts: Number(r.attempts),
        messageId: r.message_id,
        error: r.error,
      }));
    },
  };
}
