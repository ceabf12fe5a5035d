import { sql, type Kysely, type Migration } from "kysely";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { migrationProvider } from "../../src/store/migrations.js";
import { openDatabase, StoreError, type OpenOptions } from "../../src/store/open.js";
import { tempDatabaseUrl } from "../kit/bot-harness.js";

const postgresUrl = process.env.TEST_POSTGRES_URL;
const pgSkip = postgresUrl ? null : "TEST_POSTGRES_URL is not set (.ci/run sets it)";

/** The real migrations, then one that changes the schema half-way and fails. */
const withFailingStep: OpenOptions["migrations"] = {
  async getMigrations() {
    const failing: Migration = {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable("subscriptions").addColumn("half_done", "text").execute();
        throw new Error("the disk is full");
      },
    };
    return { ...(await migrationProvider.getMigrations()), "999_failing": failing };
  },
};

async function columns(db: Kysely<unknown>, engine: "sqlite" | "postgres", schema?: string) {
  if (engine === "sqlite")
    return (await sql<{ name: string }>`pragma table_info(subscriptions)`.execute(db)).rows.map(
      (r) => r.name,
    );
  return (
    await sql<{ column_name: string }>`select column_name from information_schema.columns
      where table_schema = ${schema} and table_name = 'subscriptions'`.execute(db)
  ).rows.map((r) => r.column_name);
}

const admin = postgresUrl ? new pg.Client({ connectionString: postgresUrl }) : null;
const schemas: string[] = [];
const connected = admin?.connect();
async function freshSchema(): Promise<string> {
  await connected;
  const schema = `mig_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  schemas.push(schema);
  return schema;
}
afterAll(() => admin?.end());
afterEach(async () => {
  for (const schema of schemas.splice(0))
    await admin!.query(`drop schema if exists ${schema} cascade`);
});

describe("migrations on SQLite", () => {
  it("a failing step leaves the store exactly as it was, and says which and why", async () => {
    const url = tempDatabaseUrl();
    const before = await openDatabase(url);
    const old = await columns(before.db as Kysely<unknown>, "sqlite");
    await before.db.destroy();
    const error = await openDatabase(url, { migrations: withFailingStep }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toBe(
      "Migration 999_failing failed, and the store was left as it was: the disk is full",
    );
    const after = await openDatabase(url);
    expect(await columns(after.db as Kysely<unknown>, "sqlite")).toEqual(old);
    await after.db.destroy();
  });
});

describe.skipIf(pgSkip)(`migrations on PostgreSQL${pgSkip ? ` (skipped: ${pgSkip})` : ""}`, () => {
  it("a failing step leaves the store exactly as it was", async () => {
    const schema = await freshSchema();
    const first = await openDatabase(postgresUrl!, { schema });
    const old = await columns(first.db as Kysely<unknown>, "postgres", schema);
    await first.db.destroy();
    await expect(
      openDatabase(postgresUrl!, { schema, migrations: withFailingStep }),
    ).rejects.toThrow(
      /^Migration 999_failing failed, and the store was left as it was: the disk is full$/,
    );
    const after = await openDatabase(postgresUrl!, { schema });
    expect(await columns(after.db as Kysely<unknown>, "postgres", schema)).toEqual(old);
    await after.db.destroy();
  });

  it("looks for its migration tables in its own schema only, not in another that has them", async () => {
    const [other, mine] = [await freshSchema(), await freshSchema()];
    await (await openDatabase(postgresUrl!, { schema: other })).db.destroy();
    const opened = await openDatabase(postgresUrl!, { schema: mine });
    const { rows } = await sql<{
      name: string;
    }>`select name from ${sql.id(mine)}.kysely_migration`.execute(opened.db);
    expect(rows.map((r) => r.name)).toContain("003_fenced_outbox");
    await opened.db.destroy();
  });

  it("two processes starting together run them once", async () => {
    const schema = await freshSchema();
    const opened = await Promise.all(
      Array.from({ length: 4 }, () => openDatabase(postgresUrl!, { schema })),
    );
    const { rows } = await sql<{
      name: string;
    }>`select name from ${sql.id(schema)}.kysely_migration`.execute(opened[0]!.db);
    expect(rows.map((r) => r.name)).toEqual([
      "001_subscriptions",
      "002_delivery",
      "003_fenced_outbox",
      "004_weekly_digest",
      "005_server_dates",
      "006_scheduled_events",
      "007_last_post_date",
      "008_subscription_intro",
      "009_threads",
      "010_live_messages",
      "011_member_reminders",
    ]);
    await Promise.all(opened.map((o) => o.db.destroy()));
  });
});
