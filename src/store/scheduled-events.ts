import type { Kysely } from "kysely";
import type { Database } from "./tables.js";

/** A scheduled event the bot made: which occurrence, Discord's id, and (by hash) what it said. */
export interface StoredEvent {
  key: string;
  eventId: string;
  hash: string;
}

export interface ScheduledEventRepository {
  list(guildId: string): Promise<StoredEvent[]>;
  save(guildId: string, event: StoredEvent): Promise<void>;
  remove(guildId: string, key: string): Promise<void>;
  /** Forgets a server's events: the bot left it and can no longer change them. */
  removeGuild(guildId: string): Promise<number>;
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
      return rows.map((r) => ({ key: r.key, eventId: r.event_id, hash: r.hash }));
    },
    async save(guildId, e) {
      await db
        .insertInto("scheduled_events")
        .values({
          guild_id: guildId,
          key: e.key,
          event_id: e.eventId,
          hash: e.hash,
        })
        .onConflict((oc) =>
          oc.columns(["guild_id", "key"]).doUpdateSet({ event_id: e.eventId, hash: e.hash }),
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
      const result = await db
        .deleteFrom("scheduled_events")
        .where("guild_id", "=", guildId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
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
