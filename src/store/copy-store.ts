import type { Kysely } from "kysely";
import type { Database } from "./tables.js";

/** The tables a store holds, in the order they are copied, each with its key (a stable order for pages). */
const TABLES = {
  subscriptions: ["id"],
  server_dates: ["id"],
  scheduled_events: ["guild_id", "key"],
  live_messages: ["subscription_id"],
  deliveries: ["subscription_id", "local_date", "kind"],
  meta: ["key"],
  member_reminders: ["user_id", "target"],
  reminder_members: ["user_id"],
} as const;
type Table = keyof typeof TABLES;

export type CopyCounts = Record<Table, number>;

/** The target already holds subscriptions: copying would mix two stores. Nothing was written. */
export class StoreNotEmpty extends Error {
  override name = "StoreNotEmpty";
}

/** Rows read and written at a time (a query binds only so many values). */
const PAGE = 500;

/**
 * Copies every row of one store into another, empty one (both migrated to the same version), in one
 * transaction on the target: all of it or nothing. The outbox goes too, so that the new store knows
 * every post already made.
 */
export async function copyStore(from: Kysely<Database>, to: Kysely<Database>): Promise<CopyCounts> {
  return to.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("subscriptions").select("id").limit(1).execute();
    if (existing.length) throw new StoreNotEmpty("the target store already has subscriptions");
    const counts = {} as CopyCounts;
    for (const table of Object.keys(TABLES) as Table[]) {
      counts[table] = 0;
      for (let offset = 0; ; offset += PAGE) {
        let query = from.selectFrom(table).selectAll();
        for (const column of TABLES[table]) query = query.orderBy(column as never);
        const rows = await query.limit(PAGE).offset(offset).execute();
        if (!rows.length) break;
        await trx.insertInto(table).values(rows).execute();
        counts[table] += rows.length;
      }
    }
    return counts;
  });
}
