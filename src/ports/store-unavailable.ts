// How store failures are told apart: the store being unreachable or busy for a while (retry later;
// tell admins to try again in a minute) versus a real fault.

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
]);
// PostgreSQL: connection exceptions (08…), operator intervention such as a restart or failover (57P…),
// too many connections (53300), statement timeout (57014).
const POSTGRES_UNAVAILABLE = /^(08|57P|53300|57014)/;
const PG_CLIENT_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection ended/i;

const code = (error: unknown) => String((error as { code?: unknown })?.code ?? "");
const message = (error: unknown) => String((error as { message?: unknown })?.message ?? error);

/** A PostgreSQL connection that must not be used again: its server went away, or it stopped answering. */
export function isConnectionLost(error: unknown): boolean {
  const c = code(error);
  if (/^[0-9A-Z]{5}$/.test(c)) return /^(08|57P)/.test(c);
  return NETWORK_CODES.has(c) || PG_CLIENT_MESSAGES.test(message(error));
}

/** The store cannot serve now but may in a minute: unreachable, restarting, stalled, locked or busy. */
export function isStoreUnavailable(error: unknown): boolean {
  const c = code(error);
  return (
    isConnectionLost(error) ||
    POSTGRES_UNAVAILABLE.test(c) ||
    c === "SQLITE_BUSY" ||
    c.startsWith("SQLITE_IOERR") ||
    c === "SQLITE_FULL" ||
    c === "SQLITE_READONLY"
  );
}

/** A one-line description of a store error (its code and message), for logs and start-up failures. */
export function describeStoreError(error: unknown): string {
  const c = code(error);
  const m = message(error) || "unknown error";
  return c && !m.includes(c) ? `${m} (${c})` : m;
}
