import type { Kysely } from "kysely";
import type { Database } from "./tables.js";

/** A scheduled event the bot made: which occurrence, Discord's id, what it said, and when it ends. */
export interface StoredEvent {
  key: string;
  eventId: string;
  hash: string;
  endAt: string;
}

export interface ScheduledEventRepository {
  list(guildId: string): Promise<StoredEvent[]>;
  save(guildId: string, event: StoredEvent): Promise<void>;
  remove(guildId: string, key: string): Promise<void>;
  /** Forgets a server's events: the bot left it and can no longer change them. */
  removeGuild(guildId: string): Promise<void>;
  /** Servers where the bot keeps events, or should (an active subscription asks for them). */
  guilds(): Promise<string[]>;
}

export function scheduledEventRepository(db: Kysely<Database>): ScheduledEventRepository {
  return {
    async list(guildId) {
      const rows = await db
        .selectFrom("scheduled_events")
        .selectAll()
        .where("guild_id", "=", guildId)
        .orderBy("key")
        .execute();
      return rows.map((r) => ({ key: r.key, eventId: r.event_id, hash: r.hash, endAt: r.end_at }));
    },
    async save(guildId, e) {
      await db
        .insertInto("scheduled_events")
        .values({
          guild_id: guildId,
          key: e.key,
          event_id: e.eventId,
          hash: e.hash,
          end_at: e.endAt,
        })
        .onConflict((oc) =>
          oc
            .columns(["guild_id", "key"])
            .doUpdateSet({ event_id: e.eventId, hash: e.hash, end_at: e.endAt }),
        )
        .execute();
    },
    async remove(guildId, key) {
      await db
        .deleteFrom("scheduled_events")
        .where("guild_id", "=", guildId)
        .where("key", "=", key)
        .execute();
    },
    async removeGuild(guildId) {
      await db.deleteFrom("scheduled_events").where("guild_id", "=", guildId).execute();
    },
    async guilds() {
      const rows = await db
        .selectFrom("scheduled_events")
        .select("guild_id")
        .union(
          db
            .selectFrom("subscriptions")
            .select("guild_id")
            .where("events", "=", 1)
            .where("status", "=", "active"),
        )
        .execute();
      return rows.map((r) => r.guild_id);
    },
  };
}
