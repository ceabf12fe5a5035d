import { LRUCache } from "lru-cache";
import type { Monotonic } from "../clock/monotonic.js";

/**
 * What `make(key)` resolves to, kept `ttlMs` of a monotonic clock and then made again in the
 * background while the old value is still served: only the first request for a key waits, and a key
 * is made by one call at a time, however many requests ask for it. At most `max` keys; the least
 * recently used one is forgotten first. A failure is not kept: the old value stays (or, with none,
 * the request fails) and the next request tries again.
 */
export function refreshingCache<V extends object>(o: {
  ttlMs: number;
  max: number;
  clock: Monotonic;
  make(key: string): Promise<V>;
}): (key: string) => Promise<V> {
  const cache = new LRUCache<string, V>({
    max: o.max,
    ttl: o.ttlMs,
    // Read the clock at every look-up: the default caches it for a millisecond of real time.
    ttlResolution: 0,
    perf: o.clock,
    allowStale: true,
    noDeleteOnFetchRejection: true,
    fetchMethod: (key) => o.make(key),
  });
  return async (key) => {
    const value = await cache.fetch(key);
    // fetchMethod never resolves undefined: lru-cache's type allows it for other fetchers.
    return value!;
  };
}
