import type { Kysely, Selectable, UpdateObject } from "kysely";
import type { LiveMessage, LiveMessageRepository } from "../ports/live-message-repository.js";
import type { Database, LiveMessagesTable } from "./tables.js";

function toLiveMessage(row: Selectable<LiveMessagesTable>): LiveMessage {
  return {
    subscriptionId: row.subscription_id,
    messageId: row.message_id,
    contentHash: row.content_hash,
    pinned: Boolean(row.pinned),
    dueAt: row.due_at,
    sendingSince: row.sending_since,
    generation: Number(row.generation),
  };
}

/** The live messages in SQLite or PostgreSQL; each write after `take` is fenced by the lease. */
export function liveMessageRepository(db: Kysely<Database>): LiveMessageRepository {
  const held = async (id: string, lease: string, set: UpdateObject<Database, "live_messages">) => {
    const result = await db
      .updateTable("live_messages")
      .set(set)
      .where("subscription_id", "=", id)
      .where("due_at", "=", lease)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  };
  return {
    async markDue(id, at) {
      await db
        .insertInto("live_messages")
        .values({ subscription_id: id, due_at: at, pinned: 0, generation: 0 })
        .onConflict((oc) =>
          oc.column("subscription_id").doUpdateSet({ due_at: at, content_hash: null }),
        )
        .execute();
    },
    async markAllDue(at) {
      await db.updateTable("live_messages").set({ due_at: at }).execute();
    },
    async due(now, limit) {
      const rows = await db
        .selectFrom("live_messages")
        .selectAll()
        .where("due_at", "<=", now)
        .where("subscription_id", "in", (eb) =>
          eb
            .selectFrom("subscriptions")
            .select("id")
            .where("live", "=", 1)
            .where("status", "=", "active"),
        )
        .orderBy("due_at")
        .orderBy("subscription_id")
        .limit(limit)
        .execute();
      return rows.map(toLiveMessage);
    },
    async take(id, dueAt, lease) {
      const result = await db
        .updateTable("live_messages")
        .set({ due_at: lease })
        .where("subscription_id", "=", id)
        .where("due_at", "=", dueAt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    // The first attempt's time stays: a later one must not hide it.
    markSending: (id, lease, now) =>
      held(id, lease, { sending_since: (eb) => eb.fn.coalesce("sending_since", eb.val(now)) }),
    record: (id, lease, state) =>
      held(id, lease, {
        message_id: state.messageId,
        content_hash: state.contentHash,
        due_at: state.dueAt,
        sending_since: null,
        pinned: state.pinned ? 1 : 0,
      }),
    release: (id, lease, state) =>
      held(id, lease, {
        due_at: state.dueAt,
        ...(state.contentHash !== undefined && { content_hash: state.contentHash }),
        ...(state.pinned !== undefined && { pinned: state.pinned ? 1 : 0 }),
      }),
    forget: (id, lease) =>
      held(id, lease, {
        message_id: null,
        content_hash: null,
        pinned: 0,
        generation: (eb) => eb("generation", "+", 1),
      }),
  };
}
