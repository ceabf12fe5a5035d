import type { Insertable } from "kysely";
import type { SubscriptionsTable } from "../src/store/tables.js";
import { openDatabase } from "../src/store/open.js";
import { tempDatabaseUrl } from "../tests/kit/index.js";

export type Row = Insertable<SubscriptionsTable>;

/** A subscription row with the defaults; benchmarks override what they vary. */
export function row(i: number, fields: Partial<Row> = {}): Row {
  return {
    id: `s${i}`,
    guild_id: `g${Math.floor(i / 25)}`,
    channel_id: `c${i}`,
    time_zone: "Asia/Baku",
    post_time: "09:00",
    language: "en",
    role_id: null,
    kinds: "",
    remind_days: 0,
    status: "active",
    broken_reason: null,
    status_since: "2026-01-01T00:00:00.000Z",
    created_by: "u",
    created_at: "2026-01-01T00:00:00.000Z",
    last_post_at: null,
    last_error: null,
    next_due_at: null,
    next_due_date: null,
    publish: 0,
    events: 0,
    live: 0,
    pin: 0,
    weekday: null,
    revision: 0,
    ...fields,
  };
}

/**
 * A store holding these rows (inserted in one transaction): a new SQLite file, or the given store
 * (PostgreSQL, in `schema`); returns its DATABASE_URL.
 */
export async function storeWith(
  rows: readonly Row[],
  target: { url: string; schema?: string } = { url: tempDatabaseUrl() },
): Promise<string> {
  const { url, schema } = target;
  const { db } = await openDatabase(url, { schema });
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 1000)
      await trx
        .insertInto("subscriptions")
        .values(rows.slice(i, i + 1000))
        .execute();
  });
  await db.destroy();
  return url;
}
