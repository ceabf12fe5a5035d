import type { Kysely, Selectable, SelectQueryBuilder } from "kysely";
import type { Kind, Language } from "../model/calendar-schema.js";
import {
  MAX_SUBSCRIPTIONS_PER_GUILD,
  type Subscription,
  type SubscriptionStatus,
  type ThreadArchive,
} from "../model/subscription-model.js";
import { serializable } from "./serializable.js";
import type { Database, SubscriptionsTable } from "./tables.js";
import { directWrites, type Writes } from "./write-batch.js";
import {
  SubscriptionConflict,
  type ScheduledPost,
  type SubscriptionPatch,
  type SubscriptionRepository,
} from "../ports/subscription-repository.js";

const parseKinds = (kinds: string): Kind[] => (kinds ? (kinds.split(",") as Kind[]) : []);

const nextColumns = (next: ScheduledPost | null) => ({
  next_due_at: next?.at ?? null,
  next_due_date: next?.date ?? null,
});

function toSubscription(row: Selectable<SubscriptionsTable>): Subscription {
  return {
    id: row.id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    timeZone: row.time_zone,
    postTime: row.post_time,
    language: row.language as Language,
    roleId: row.role_id,
    kinds: parseKinds(row.kinds),
    remindDays: Number(row.remind_days),
    weekday: row.weekday === null ? null : Number(row.weekday),
    status: row.status as SubscriptionStatus,
    brokenReason: row.broken_reason,
    statusSince: row.status_since,
    createdBy: row.created_by,
    createdAt: row.created_at,
    lastPostAt: row.last_post_at,
    lastPostDate: row.last_post_date,
    lastError: row.last_error,
    publish: Boolean(row.publish),
    events: Boolean(row.events),
    intro: row.intro,
    live: Boolean(row.live),
    pin: Boolean(row.pin),
    threadArchive:
      row.thread_archive === null ? null : (Number(row.thread_archive) as ThreadArchive),
    nextDueAt: row.next_due_at,
    nextDueDate: row.next_due_date,
    revision: Number(row.revision),
  };
}

function toColumns(patch: SubscriptionPatch): Partial<SubscriptionsTable> {
  return {
    ...(patch.channelId !== undefined && { channel_id: patch.channelId }),
    ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
    ...(patch.postTime !== undefined && { post_time: patch.postTime }),
    ...(patch.language !== undefined && { language: patch.language }),
    ...(patch.roleId !== undefined && { role_id: patch.roleId }),
    ...(patch.kinds !== undefined && { kinds: patch.kinds.join(",") }),
    ...(patch.remindDays !== undefined && { remind_days: patch.remindDays }),
    ...(patch.weekday !== undefined && { weekday: patch.weekday }),
    ...(patch.publish !== undefined && { publish: patch.publish ? 1 : 0 }),
    ...(patch.events !== undefined && { events: patch.events ? 1 : 0 }),
    ...(patch.intro !== undefined && { intro: patch.intro }),
    ...(patch.live !== undefined && { live: patch.live ? 1 : 0 }),
    ...(patch.pin !== undefined && { pin: patch.pin ? 1 : 0 }),
    ...(patch.threadArchive !== undefined && { thread_archive: patch.threadArchive }),
  };
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

/**
 * Subscriptions in SQLite or PostgreSQL. What admins reach is scoped to their guild, so no server can
 * reach another's; the scheduler's calls go by id.
 */
export function subscriptionRepository(
  db: Kysely<Database>,
  writes: Writes = directWrites(db),
): SubscriptionRepository {
  const get = async (guildId: string, id: string) => {
    const row = await db
      .selectFrom("subscriptions")
      .selectAll()
      .where("guild_id", "=", guildId)
      .where("id", "=", id)
      .executeTakeFirst();
    return row && toSubscription(row);
  };
  /** Deletes the matching subscriptions and their outbox rows, together; returns how many. */
  const removeWhere = (
    match: (
      query: SelectQueryBuilder<Database, "subscriptions", { id: string }>,
    ) => SelectQueryBuilder<Database, "subscriptions", { id: string }>,
  ) =>
    db.transaction().execute(async (trx) => {
      const ids = (await match(trx.selectFrom("subscriptions").select("id")).execute()).map(
        (r) => r.id,
      );
      if (!ids.length) return 0;
      await trx.deleteFrom("deliveries").where("subscription_id", "in", ids).execute();
      await trx.deleteFrom("live_messages").where("subscription_id", "in", ids).execute();
      await trx.deleteFrom("subscriptions").where("id", "in", ids).execute();
      return ids.length;
    });
  const withConflicts = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw new SubscriptionConflict("duplicate");
      throw error;
    }
  };
  return {
    get,
    add: (input, now) =>
      withConflicts(() =>
        serializable(db, async (trx) => {
          const { count } = await trx
            .selectFrom("subscriptions")
            .select((eb) => eb.fn.countAll<string | number>().as("count"))
            .where("guild_id", "=", input.guildId)
            .executeTakeFirstOrThrow();
          if (Number(count) >= MAX_SUBSCRIPTIONS_PER_GUILD) throw new SubscriptionConflict("cap");
          const row = await trx
            .insertInto("subscriptions")
            .values({
              id: input.id,
              guild_id: input.guildId,
              created_by: input.createdBy,
              created_at: now,
              status: "active",
              status_since: now,
              broken_reason: null,
              last_post_at: null,
              last_post_date: null,
              last_error: null,
              next_due_at: null,
              next_due_date: null,
              revision: 0,
              ...(toColumns(input) as Required<
                Pick<
                  SubscriptionsTable,
                  | "channel_id"
                  | "time_zone"
                  | "post_time"
                  | "language"
                  | "role_id"
                  | "kinds"
                  | "remind_days"
                  | "weekday"
                  | "publish"
                  | "events"
                  | "intro"
                  | "live"
                  | "pin"
                  | "thread_archive"
                >
              >),
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          return toSubscription(row);
        }),
      ),
    async list(guildId) {
      const rows = await db
        .selectFrom("subscriptions")
        .selectAll()
        .where("guild_id", "=", guildId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toSubscription);
    },
    async listAll() {
      const rows = await db
        .selectFrom("subscriptions")
        .selectAll()
        .orderBy("guild_id")
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toSubscription);
    },
    async find(id) {
      const row = await db
        .selectFrom("subscriptions")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      return row && toSubscription(row);
    },
    update: (guildId, id, patch) =>
      withConflicts(async () => {
        const row = await db
          .updateTable("subscriptions")
          .set((eb) => ({ ...toColumns(patch), revision: eb("revision", "+", 1) }))
          .where("guild_id", "=", guildId)
          .where("id", "=", id)
          .returningAll()
          .executeTakeFirst();
        return row && toSubscription(row);
      }),
    async setStatus(guildId, id, status, reason, now, revision) {
      let update = db
        .updateTable("subscriptions")
        .set((eb) => ({
          status,
          broken_reason: status === "broken" ? reason : null,
          status_since: now,
          revision: eb("revision", "+", 1),
        }))
        .where("guild_id", "=", guildId)
        .where("id", "=", id);
      if (revision !== undefined) update = update.where("revision", "=", revision);
      const row = await update.returningAll().executeTakeFirst();
      return row && toSubscription(row);
    },
    async remove(guildId, id, revision) {
      const removed = await removeWhere((q) => {
        const one = q.where("guild_id", "=", guildId).where("id", "=", id);
        return revision === undefined ? one : one.where("revision", "=", revision);
      });
      // A post claimed by a process that had not seen the subscription go (another process removed
      // it) made a row of its own meanwhile: it goes too, once no subscription has that id.
      await db
        .deleteFrom("deliveries")
        .where("subscription_id", "=", id)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom("subscriptions").select("id").where("id", "=", id))),
        )
        .execute();
      return removed > 0;
    },
    removeChannel: (channelId) => removeWhere((q) => q.where("channel_id", "=", channelId)),
    removeGuild: (guildId) => removeWhere((q) => q.where("guild_id", "=", guildId)),
    async due(now, limit, after) {
      let query = db
        .selectFrom("subscriptions")
        .selectAll()
        .where("status", "=", "active")
        .where("next_due_at", "<=", now);
      if (after?.nextDueAt)
        query = query.where((eb) =>
          eb(eb.refTuple("next_due_at", "id"), ">", eb.tuple(after.nextDueAt!, after.id)),
        );
      const rows = await query.orderBy("next_due_at").orderBy("id").limit(limit).execute();
      return rows.map(toSubscription);
    },
    async counts(now) {
      const rows = await db
        .selectFrom("subscriptions")
        .select((eb) => [
          "status",
          eb.fn.countAll<string>().as("count"),
          eb.fn.count<string>(eb.case().when("next_due_at", "<=", now).then(1).end()).as("due"),
        ])
        .groupBy("status")
        .execute();
      const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
      const due = Number(rows.find((r) => r.status === "active")?.due ?? 0);
      return { byStatus, due };
    },
    schedule: (id, next, revision) =>
      writes.run(async (on) => {
        let query = on.updateTable("subscriptions").set(nextColumns(next)).where("id", "=", id);
        if (revision !== undefined) query = query.where("revision", "=", revision);
        return Number((await query.executeTakeFirst()).numUpdatedRows) === 1;
      }),
    recordResult: (id, { lastPostAt, lastError }) =>
      writes.run(async (on) => {
        await on
          .updateTable("subscriptions")
          .set({ last_error: lastError, ...(lastPostAt && { last_post_at: lastPostAt }) })
          .where("id", "=", id)
          .execute();
      }),
    markPosted: (id, date) =>
      writes.run(async (on) => {
        await on
          .updateTable("subscriptions")
          .set({ last_post_date: date })
          .where("id", "=", id)
          .where((eb) => eb.or([eb("last_post_date", "is", null), eb("last_post_date", "<", date)]))
          .execute();
      }),
    async activeSchedules() {
      const rows = await db
        .selectFrom("subscriptions")
        .select(["time_zone", "post_time", "kinds", "remind_days", "weekday", "last_post_date"])
        .distinct()
        .where("status", "=", "active")
        .execute();
      return rows.map((r) => ({
        timeZone: r.time_zone,
        postTime: r.post_time,
        kinds: parseKinds(r.kinds),
        remindDays: Number(r.remind_days),
        weekday: r.weekday === null ? null : Number(r.weekday),
        lastPostDate: r.last_post_date,
      }));
    },
    async scheduleAll(entries) {
      return db.transaction().execute(async (trx) => {
        let count = 0;
        for (const { schedule, next } of entries) {
          const result = await trx
            .updateTable("subscriptions")
            .set(nextColumns(next))
            .where("status", "=", "active")
            .where("time_zone", "=", schedule.timeZone)
            .where("post_time", "=", schedule.postTime)
            .where("kinds", "=", schedule.kinds.join(","))
            .where("remind_days", "=", schedule.remindDays)
            .where((eb) =>
              schedule.weekday === null
                ? eb("weekday", "is", null)
                : eb("weekday", "=", schedule.weekday),
            )
            .where((eb) =>
              schedule.lastPostDate === null
                ? eb("last_post_date", "is", null)
                : eb("last_post_date", "=", schedule.lastPostDate),
            )
            .executeTakeFirst();
          count += Number(result.numUpdatedRows);
        }
        return count;
      });
    },
  };
}
