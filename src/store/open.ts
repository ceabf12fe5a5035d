import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import {
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type DialectAdapter,
  type PostgresPool,
  type PostgresPoolClient,
} from "kysely";
import { Migrator, type MigrationProvider } from "kysely";
import pg from "pg";
import type { Logger } from "../log/logger.js";
import { migrationProvider } from "./migrations.js";
import type { Database } from "./tables.js";
import { describeStoreError, isConnectionLost } from "../ports/store-unavailable.js";

export type Engine = "sqlite" | "postgres";

export interface OpenedDatabase {
  db: Kysely<Database>;
  engine: Engine;
}

/** The store could not be opened or brought up to date; the message says why and what to do. */
export class StoreError extends Error {
  override name = "StoreError";
}

export interface PostgresTimeouts {
  /** Giving up on a new connection. */
  connectMs: number;
  /** Giving up on a statement (the server cancels it; the client stops waiting a little later). */
  statementMs: number;
  /** Closing a connection left idle in the pool. */
  idleMs: number;
}

export interface OpenOptions {
  /** PostgreSQL: the schema holding the tables, and kysely's migration tables (default public). */
  schema?: string;
  postgres?: PostgresTimeouts;
  log?: Logger;
  /** Tests replace the migrations (to make one fail). */
  migrations?: MigrationProvider;
  /**
   * SQLite: hold the one-process lock (default). The operators' CLI does not: it never posts, and
   * SQLite lets it read and write beside the running bot.
   */
  sqliteLock?: boolean;
}

const DEFAULT_TIMEOUTS: PostgresTimeouts = { connectMs: 2000, statementMs: 2000, idleMs: 30_000 };

/** SQLite waits at most this long for a lock before the call fails (and is retried by its caller). */
const SQLITE_BUSY_MS = 100;

// SQLite runs DDL inside transactions perfectly well; kysely's adapter only says it does not, which makes
// its migrator run each step outside one. Saying so lets a failed migration roll back whole.
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/**
 * Every SQLite connection and statement ever made, for the life of the process. better-sqlite3 12 on
 * Node 24 can abort the process when the garbage collector finalizes a statement or a connection (their
 * destructors assert; see WiseLibs/better-sqlite3#1515, closed without a fix; 13.x, which needs Node 22,
 * does not support Node 20). Kept here, none is ever finalized by the collector. Each SQL text is
 * prepared once, which also saves preparing it on every call; a process opens one store, so this holds
 * little (tests open many, and keep them until they exit).
 */
const kept = new Set<object>();

/**
 * One process per SQLite file: a lock held on a file beside it for as long as the process lives (the
 * operating system releases it when the process dies, even by SIGKILL). A second process stops at
 * start-up, instead of both posting the same days.
 */
function lockSqliteFile(path: string): SQLite.Database {
  const lock = new SQLite(`${path}.lock`, { timeout: 0 });
  kept.add(lock);
  try {
    lock.exec("pragma locking_mode = exclusive; begin exclusive; commit");
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === "SQLITE_BUSY")
      throw new StoreError(
        `${path} is in use by another yaddash process (one process per SQLite file; use PostgreSQL for several).`,
      );
    throw error;
  }
  return lock;
}

function openSqlite(path: string, takeLock: boolean): Kysely<Database> {
  const statements = new Map<string, SQLite.Statement>();
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const lock = path === ":memory:" || !takeLock ? null : lockSqliteFile(path);
  const sqlite = new SQLite(path, { timeout: SQLITE_BUSY_MS });
  kept.add(statements).add(sqlite);
  // synchronous = NORMAL is safe in WAL mode against a crash of the process; a power cut may lose the
  // last commits, which the outbox and the message nonce turn into, at worst, a post Discord recognises
  // and does not repeat. It keeps the synchronous driver from blocking a fan-out on an fsync per claim.
  // better-sqlite3 defaults to a 16 MB page cache; the hot set (the due index) is far smaller.
  sqlite.exec("pragma journal_mode = wal; pragma synchronous = normal; pragma cache_size = -4000");
  return new Kysely<Database>({
    dialect: new TransactionalSqliteDialect({
      database: {
        prepare: (text: string) => {
          let statement = statements.get(text);
          if (!statement) statements.set(text, (statement = sqlite.prepare(text)));
          return statement;
        },
        close: () => {
          sqlite.close();
          lock?.close();
        },
      },
    }),
  });
}

/**
 * A pg pool whose errors never take the process down: an idle connection killed by a restart or a
 * failover is logged and replaced, and a connection that lost its server or timed out is closed rather
 * than handed out again.
 */
function openPostgres(url: string, options: OpenOptions): Kysely<Database> {
  const timeouts = options.postgres ?? DEFAULT_TIMEOUTS;
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: timeouts.connectMs,
    idleTimeoutMillis: timeouts.idleMs,
    statement_timeout: timeouts.statementMs,
    // A server that stops answering (a stalled network) never cancels anything: stop waiting here.
    query_timeout: timeouts.statementMs + 500,
    idle_in_transaction_session_timeout: timeouts.statementMs * 5,
    keepAlive: true,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  pool.on("error", (error) =>
    options.log?.warn({ err: describeStoreError(error) }, "idle database connection lost"),
  );
  const resilient: PostgresPool = {
    async connect() {
      const client = await pool.connect();
      let lost = false;
      // A connection that drops while checked out emits "error" too, with no query to reject.
      const onError = (error: Error) => {
        lost = true;
        options.log?.warn({ err: describeStoreError(error) }, "database connection lost");
      };
      client.on("error", onError);
      const query = (async (...args: unknown[]) => {
        try {
          return await (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (error) {
          lost ||= isConnectionLost(error);
          throw error;
        }
      }) as PostgresPoolClient["query"];
      return {
        query,
        release: () => {
          client.off("error", onError);
          client.release(lost);
        },
      };
    },
    end: () => pool.end(),
  };
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: resilient }) });
}

/**
 * Brings the schema up to date in one transaction: a failing step leaves the store exactly as it was.
 * On PostgreSQL kysely takes an advisory lock, so processes that start together run them once, one after
 * the other; its migration tables are looked for in the configured schema only.
 */
async function migrate(db: Kysely<Database>, engine: Engine, options: OpenOptions): Promise<void> {
  const { error, results } = await new Migrator({
    db,
    provider: options.migrations ?? migrationProvider,
    ...(engine === "postgres" ? { migrationTableSchema: options.schema ?? "public" } : {}),
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new StoreError(
      `Migration ${failed} failed, and the store was left as it was: ${describeStoreError(error)}`,
      { cause: error },
    );
  }
}

/**
 * Opens the store named by DATABASE_URL — `file:./var/yaddash.sqlite` (SQLite, WAL, created on first
 * use) or `postgres://…` — and brings its schema up to date. Any failure is a StoreError that names it.
 */
export async function openDatabase(
  url: string,
  options: OpenOptions = {},
): Promise<OpenedDatabase> {
  let opened: OpenedDatabase;
  try {
    if (url.startsWith("file:"))
      opened = {
        db: openSqlite(url.slice("file:".length), options.sqliteLock ?? true),
        engine: "sqlite",
      };
    else if (/^postgres(ql)?:\/\//.test(url))
      opened = { db: openPostgres(url, options), engine: "postgres" };
    else
      throw new StoreError(
        `DATABASE_URL must start with file: or postgres://, not "${url.split(":")[0]}:".`,
      );
  } catch (error) {
    throw error instanceof StoreError
      ? error
      : new StoreError(`Cannot open the store: ${describeStoreError(error)}`, { cause: error });
  }
  try {
    await migrate(opened.db, opened.engine, options);
  } catch (error) {
    await opened.db.destroy().catch(() => undefined);
    throw error instanceof StoreError
      ? error
      : new StoreError(`Cannot open the store: ${describeStoreError(error)}`, { cause: error });
  }
  return opened;
}
