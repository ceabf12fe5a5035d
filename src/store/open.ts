import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import { Migrator } from "kysely/migration";
import pg from "pg";
import { migrationProvider } from "./migrations.js";
import type { Database } from "./schema.js";

export type Engine = "sqlite" | "postgres";

export interface OpenedDatabase {
  db: Kysely<Database>;
  engine: Engine;
}

/**
 * Opens the store named by DATABASE_URL — `file:./var/yaddash.sqlite` (SQLite, WAL, created on first
 * use) or `postgres://…` — and brings its schema up to date.
 */
export async function openDatabase(
  url: string,
  options: { searchPath?: string } = {},
): Promise<OpenedDatabase> {
  let opened: OpenedDatabase;
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length);
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SQLite(path);
    sqlite.pragma("journal_mode = WAL");
    // Safe in WAL mode against a crash of the process; a power cut may lose the last commits, which the
    // outbox and the message nonce turn into, at worst, a post Discord recognises and does not repeat.
    // It keeps the synchronous driver from blocking a fan-out on an fsync per claim.
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("busy_timeout = 5000");
    // better-sqlite3 defaults to a 16 MB page cache; the hot set (the due index) is far smaller.
    sqlite.pragma("cache_size = -4000");
    opened = {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
      engine: "sqlite",
    };
  } else if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    opened = {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      engine: "postgres",
    };
  } else {
    throw new Error(
      `DATABASE_URL must start with file: or postgres://, not "${url.split(":")[0]}:".`,
    );
  }
  const { error, results } = await new Migrator({
    db: opened.db,
    provider: migrationProvider,
  }).migrateToLatest();
  if (error) {
    await opened.db.destroy();
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${(error as Error).message}`, { cause: error });
  }
  return opened;
}
