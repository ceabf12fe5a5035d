import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase, type OpenedDatabase } from "../../src/store/open.js";

export interface TestEngine {
  name: string;
  /** Why this engine is not tested here, or null when it is. */
  skipReason: string | null;
  open(): Promise<OpenedDatabase & { cleanup(): Promise<void> }>;
}

const postgresUrl = process.env.TEST_POSTGRES_URL;

/** The engines every store test runs against: a real SQLite file, and a real PostgreSQL server. */
export const ENGINES: TestEngine[] = [
  {
    name: "sqlite",
    skipReason: null,
    async open() {
      const file = join(mkdtempSync(join(tmpdir(), "yaddash-db-")), "nested", "yaddash.sqlite");
      const opened = await openDatabase(`file:${file}`);
      return { ...opened, cleanup: () => opened.db.destroy() };
    },
  },
  {
    name: "postgres",
    skipReason: postgresUrl ? null : "TEST_POSTGRES_URL is not set (.ci/run sets it)",
    async open() {
      // Each test gets its own schema, so runs never see each other's rows.
      const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      const opened = await openDatabase(postgresUrl!, { schema });
      return {
        ...opened,
        async cleanup() {
          await opened.db.destroy();
          await admin.query(`drop schema ${schema} cascade`);
          await admin.end();
        },
      };
    },
  },
];
