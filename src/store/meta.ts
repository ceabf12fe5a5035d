import { sql, type Kysely } from "kysely";
import type { Database } from "./tables.js";

/** Small facts the program keeps about itself (e.g. which calendar the schedules were computed from). */
export function metaRepository(db: Kysely<Database>) {
  return {
    async get(key: string): Promise<string | undefined> {
      const row = await db
        .selectFrom("meta")
        .select("value")
        .where("key", "=", key)
        .executeTakeFirst();
      return row?.value;
    },
    /** A round trip to the store: resolves when it answers, rejects when it is unreachable. */
    async ping(): Promise<void> {
      await sql`select 1`.execute(db);
    },
    async set(key: string, value: string): Promise<void> {
      await db
        .insertInto("meta")
        .values({ key, value })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
        .execute();
    },
  };
}
