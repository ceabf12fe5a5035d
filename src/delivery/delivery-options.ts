export interface DeliveryOptions {
  /** Late posts are sent up to this many hours after their time; older ones are dropped. */
  catchUpHours: number;
  /** A claim older than this is taken to belong to a process that died. */
  leaseSeconds: number;
  /** Subscriptions handled at once; discord.js's REST queue paces the requests themselves. */
  concurrency: number;
  /** Outbox rows of posts older than this many days are deleted (once a day, by a tick). */
  retentionDays: number;
}

/**
 * How long a claim's requests may take, from the claim: half its lease. Another process takes a claim
 * over once its lease has passed (by its own clock), so a request of this one must have ended by then
 * — discord.js waits out short 429s and tries again without counting, and a request still trying would
 * land beside the new holder's message. The other half absorbs clocks that differ between machines.
 * A real-time bound: it limits the network, and production's clock is the real one.
 */
export const sendDeadlineMs = (leaseSeconds: number) => (leaseSeconds * 1000) / 2;

/** How many subscriptions (or servers) one store query reads at a time. */
export const PAGE_SIZE = 1000;
