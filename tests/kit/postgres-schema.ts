import pg from "pg";

/** A schema of its own on the tests' PostgreSQL server, for processes that share one store. */
export function postgresSchema(url: string, prefix: string) {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  return {
    name,
    async create() {
      await admin.connect();
      await admin.query(`create schema ${name}`);
    },
    async drop() {
      await admin.query(`drop schema if exists ${name} cascade`);
      await admin.end();
    },
  };
}
