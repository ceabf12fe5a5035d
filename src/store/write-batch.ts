import type { Kysely } from "kysely";
import type { Engine } from "./open.js";
import type { Database } from "./tables.js";

/** How the delivery path's writes reach the store. */
export interface Writes {
  /** Runs one write; resolves with its result once it is committed. */
  run<T>(write: (db: Kysely<Database>) => Promise<T>): Promise<T>;
}

interface Queued {
  write: (db: Kysely<Database>) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Each write on its own, as the store commits it. */
export const directWrites = (db: Kysely<Database>): Writes => ({ run: (write) => write(db) });

/**
 * SQLite: the writes asked for in one turn of the event loop — a fan-out's posts answered together —
 * are committed in one transaction, so that a post's outbox and schedule writes do not each pay a
 * commit of their own while the synchronous driver holds the event loop. A write that fails (a
 * constraint) fails alone: SQLite undoes that statement and the transaction goes on. Every write is
 * answered only once the transaction is committed, and all fail together when it is not.
 * PostgreSQL commits each write on its own: its writes wait on the network, not on the event loop,
 * and a failed statement there would abort the writes batched with it.
 */
export function batchedWrites(db: Kysely<Database>, engine: Engine): Writes {
  if (engine !== "sqlite") return directWrites(db);
  let queue: Queued[] = [];
  const flush = async () => {
    const batch = queue;
    queue = [];
    const outcomes: (() => void)[] = [];
    try {
      await db.transaction().execute(async (trx) => {
        for (const { write, resolve, reject } of batch) {
          try {
            const value = await write(trx);
            outcomes.push(() => resolve(value));
          } catch (error) {
            outcomes.push(() => reject(error));
          }
        }
      });
    } catch (error) {
      for (const { reject } of batch) reject(error);
      return;
    }
    for (const settle of outcomes) settle();
  };
  return {
    run: <T>(write: (db: Kysely<Database>) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        if (!queue.length) setImmediate(() => void flush());
        queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
      }),
  };
}
