import type { Kysely, Transaction } from "kysely";
import type { Database } from "./tables.js";

const SERIALIZATION_FAILURE = "40001";

/**
 * Runs `work` in a serializable transaction, retrying when PostgreSQL reports a conflicting one: what
 * counts rows before inserting (a server's cap) cannot be outrun by a second process.
 */
export async function serializable<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().setIsolationLevel("serializable").execute(work);
    } catch (error) {
      if ((error as { code?: string }).code !== SERIALIZATION_FAILURE || attempt === 5) throw error;
    }
  }
}
