import type { ExpressionBuilder, Kysely, Selectable, UpdateObject } from "kysely";
import type { LiveMessage, LiveMessageRepository } from "../ports/live-message-repository.js";
import type { Database, LiveMessagesTable } from "./tables.js";

type Builder = ExpressionBuilder<Database, "live_messages">;
type Update =
  | UpdateObject<Database, "live_messages">
  | ((eb: Builder) => UpdateObject<Database, "live_messages">);

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

/**
 * The live messages in SQLite or PostgreSQL; each write after `take` is fenced by the lease, a column
 * of its own: a redraw asked meanwhile (`redraw`) never frees the row for another process.
 */
export function liveMessageRepository(db: Kysely<Database>): LiveMessageRepository {
  const held = async (id: string, lease: string, set: Update) => {
    const result = await db
      .updateTable("live_messages")
      .set(set)
      .where("subscription_id", "=", id)
      .where("lease", "=", lease)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  };
  /** Frees it until `dueAt`, unless a redraw was asked meanwhile: then due when asked, edit owed. */
  const released = (eb: Builder, dueAt: string | null, contentHash?: string | null) => ({
    lease: null,
    redraw: 0,
    due_at: eb.case().when("redraw", "=", 1).then(eb.ref("due_at")).else(dueAt).end(),
    ...(contentHash !== undefined && {
      content_hash: eb.case().when("redraw", "=", 1).then(null).else(contentHash).end(),
    }),
  });
  const free = (now: string) => (eb: Builder) =>
    eb.or([eb("lease", "is", null), eb("lease", "<=", now)]);
  return {
    async markDue(id, at) {
      await db
        .insertInto("live_messages")
        .values({ subscription_id: id, due_at: at, pinned: 0, generation: 0, redraw: 0 })
        .onConflict((oc) =>
          oc.column("subscription_id").doUpdateSet({ due_at: at, content_hash: null, redraw: 1 }),
        )
        .execute();
    },
    async markAllDue(at) {
      await db.updateTable("live_messages").set({ due_at: at, redraw: 1 }).execute();
    },
    async messageOf(id) {
      const row = await db
        .selectFrom("live_messages")
        .select("message_id")
        .where("subscription_id", "=", id)
        .executeTakeFirst();
      return row?.message_id ?? null;
    },
    async due(now, limit) {
      const rows = await db
        .selectFrom("live_messages")
        .selectAll()
        .where("due_at", "<=", now)
        .where(free(now))
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
    async take(id, now, lease) {
      const row = await db
        .updateTable("live_messages")
        .set({ lease, redraw: 0 })
        .where("subscription_id", "=", id)
        .where("due_at", "<=", now)
        .where(free(now))
        .returningAll()
        .executeTakeFirst();
      return row ? toLiveMessage(row) : null;
    },
    // The first attempt's time stays: a later one must not hide it.
    markSending: (id, lease, now) =>
      held(id, lease, { sending_since: (eb) => eb.fn.coalesce("sending_since", eb.val(now)) }),
    record: (id, lease, state) =>
      held(id, lease, (eb) => ({
        ...released(eb, state.dueAt, state.contentHash),
        message_id: state.messageId,
        sending_since: null,
        pinned: state.pinned ? 1 : 0,
      })),
    release: (id, lease, state) =>
      held(id, lease, (eb) => ({
        ...released(eb, state.dueAt, state.contentHash),
        ...(state.pinned !== undefined && { pinned: state.pinned ? 1 : 0 }),
      })),
    forget: (id, lease) =>
      held(id, lease, {
        message_id: null,
        content_hash: null,
        pinned: 0,
        generation: (eb) => eb("generation", "+", 1),
      }),
  };
}
