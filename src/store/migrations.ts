import { sql, type Kysely } from "kysely";
import type { Migration, MigrationProvider } from "kysely";

// Migrations are code, in order, and the same for SQLite and PostgreSQL. Never edit one that has
// shipped; add the next.
const migrations: Record<string, Migration> = {
  "001_subscriptions": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("subscriptions")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("guild_id", "text", (c) => c.notNull())
        .addColumn("channel_id", "text", (c) => c.notNull())
        .addColumn("time_zone", "text", (c) => c.notNull())
        .addColumn("post_time", "text", (c) => c.notNull())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("role_id", "text")
        .addColumn("kinds", "text", (c) => c.notNull().defaultTo(""))
        .addColumn("remind_days", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("broken_reason", "text")
        .addColumn("status_since", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("last_post_at", "text")
        .addColumn("last_error", "text")
        .execute();
      await db.schema
        .createIndex("subscriptions_guild")
        .on("subscriptions")
        .column("guild_id")
        .execute();
      // One subscription per channel and language: a second one would post the same day twice.
      await db.schema
        .createIndex("subscriptions_channel_language")
        .on("subscriptions")
        .columns(["channel_id", "language"])
        .unique()
        .execute();
    },
  },
  "002_delivery": {
    async up(db: Kysely<unknown>) {
      // The next post a subscription has to make: its instant (what ticks select on) and its local date.
      await db.schema.alterTable("subscriptions").addColumn("next_due_at", "text").execute();
      await db.schema.alterTable("subscriptions").addColumn("next_due_date", "text").execute();
      await db.schema
        .alterTable("subscriptions")
        .addColumn("publish", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex("subscriptions_due")
        .on("subscriptions")
        .columns(["status", "next_due_at"])
        .execute();
      // The outbox: one row per post, claimed before it is sent.
      await db.schema
        .createTable("deliveries")
        .addColumn("subscription_id", "text", (c) => c.notNull())
        .addColumn("local_date", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull())
        .addColumn("claimed_at", "text", (c) => c.notNull())
        .addColumn("retry_at", "text")
        .addColumn("message_id", "text")
        .addColumn("error", "text")
        .addColumn("sent_at", "text")
        .addPrimaryKeyConstraint("deliveries_key", ["subscription_id", "local_date", "kind"])
        .execute();
      await db.schema
        .createTable("meta")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
    },
  },
  "003_fenced_outbox": {
    async up(db: Kysely<unknown>) {
      // Every change after a claim names the claim's token, so a process whose claim was taken over
      // cannot overwrite the new holder's result.
      await db.schema.alterTable("deliveries").addColumn("claim_token", "text").execute();
      // When the post was first sent (or about to be): a message of it cannot be older.
      await db.schema.alterTable("deliveries").addColumn("first_sent_at", "text").execute();
      // 1 once an attempt may have reached Discord (a send begun and not refused).
      await db.schema
        .alterTable("deliveries")
        .addColumn("maybe_sent", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      // Rows from before: any unfinished one may have been sent, from its claim on.
      await db
        .updateTable("deliveries" as never)
        .set({ first_sent_at: sql.ref("claimed_at"), maybe_sent: 1 } as never)
        .where("status" as never, "in", ["claimed", "retry"] as never)
        .execute();
      // Bumped by every admin change, so a tick's reschedule never overwrites an edit made meanwhile.
      await db.schema
        .alterTable("subscriptions")
        .addColumn("revision", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
  "004_weekly_digest": {
    async up(db: Kysely<unknown>) {
      // Nullable and without a default: adding it rewrites no row and takes no long lock on either
      // store, so it is safe while an older process still runs (null: daily, as before).
      await db.schema.alterTable("subscriptions").addColumn("weekday", "integer").execute();
    },
  },
  "005_server_dates": {
    async up(db: Kysely<unknown>) {
      // A new table: nothing that exists changes.
      await db.schema
        .createTable("server_dates")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("guild_id", "text", (c) => c.notNull())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("month", "integer", (c) => c.notNull())
        .addColumn("day", "integer", (c) => c.notNull())
        .addColumn("year", "integer")
        .addColumn("first_year", "integer")
        .addColumn("language", "text")
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("server_dates_guild")
        .on("server_dates")
        .column("guild_id")
        .execute();
    },
  },
  "006_scheduled_events": {
    async up(db: Kysely<unknown>) {
      // A constant default: PostgreSQL (11+) and SQLite add it without rewriting a row.
      await db.schema
        .alterTable("subscriptions")
        .addColumn("events", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable("scheduled_events")
        .addColumn("guild_id", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("event_id", "text", (c) => c.notNull())
        .addColumn("hash", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("scheduled_events_key", ["guild_id", "key"])
        .execute();
    },
  },
  "007_last_post_date": {
    async up(db: Kysely<unknown>) {
      // The local date of the last post made: a schedule is never set before the day after it, even
      // by a store whose outbox does not remember that post. Nullable, no default: nothing is rewritten.
      await db.schema.alterTable("subscriptions").addColumn("last_post_date", "text").execute();
    },
  },
  "008_subscription_intro": {
    async up(db: Kysely<unknown>) {
      // The admin's intro line. Nullable, no default: nothing is rewritten, and an older process
      // still running reads the rows as before.
      await db.schema.alterTable("subscriptions").addColumn("intro", "text").execute();
    },
  },
  "009_threads": {
    async up(db: Kysely<unknown>) {
      // Minutes after which each post's thread is archived; null (no thread) for every existing
      // subscription. Nullable, no default: nothing is rewritten.
      await db.schema.alterTable("subscriptions").addColumn("thread_archive", "integer").execute();
    },
  },
  "010_live_messages": {
    async up(db: Kysely<unknown>) {
      // Constant defaults: added without rewriting a row, on PostgreSQL (11+) and SQLite.
      await db.schema
        .alterTable("subscriptions")
        .addColumn("live", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable("subscriptions")
        .addColumn("pin", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable("live_messages")
        .addColumn("subscription_id", "text", (c) => c.primaryKey())
        .addColumn("message_id", "text")
        .addColumn("content_hash", "text")
        .addColumn("pinned", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("due_at", "text")
        .addColumn("lease", "text")
        .addColumn("redraw", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("sending_since", "text")
        .addColumn("generation", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex("live_messages_due")
        .on("live_messages")
        .column("due_at")
        .execute();
    },
  },
  "011_member_reminders": {
    async up(db: Kysely<unknown>) {
      // New tables: nothing that exists changes. A member is kept by user id alone.
      await db.schema
        .createTable("member_reminders")
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("target", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("member_reminders_key", ["user_id", "target"])
        .execute();
      await db.schema
        .createIndex("member_reminders_target")
        .on("member_reminders")
        .column("target")
        .execute();
      await db.schema
        .createTable("reminder_members")
        .addColumn("user_id", "text", (c) => c.primaryKey())
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("refused_reason", "text")
        .addColumn("refused_at", "text")
        .addColumn("reminded_through", "text")
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
