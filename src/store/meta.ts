import { sql, type Kysely } from "kysely";
import type { MetaRepository } from "../ports/meta-repository.js";
import type { Database } from "./tables.js";

export function metaRepository(db: Kysely<Database>): MetaRepository {
  return {
    async get(key: string): Promise<string | undefined> {
      const row = await db
        .selectFrom("meta")
        .select("value")
        .where("key", "=", key)
        .executeTakeFirst();
      return row?.value;
    },
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
