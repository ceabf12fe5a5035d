import type { Kysely } from "kysely";
import type { Database } from "./tables.js";
import type { ScheduledEventRepository } from "../ports/scheduled-event-repository.js";

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
