import type { Clock } from "../clock/clock.js";

/**
 * Remembers each answer for `ttlMs` of the clock, by key: a public route asked again and again (a
 * crawler, a flood) is made once a minute, not once a request. Few keys: the languages and kinds.
 */
export function shortCache<T>(clock: Clock, ttlMs: number, limit = 100) {
  const answers = new Map<string, { at: number; value: Promise<T> }>();
  return (key: string, make: () => Promise<T>): Promise<T> => {
    const now = clock.now().toMillis();
    const cached = answers.get(key);
    if (cached && now - cached.at < ttlMs) return cached.value;
    if (answers.size >= limit) answers.clear();
    const value = make();
    answers.set(key, { at: now, value });
    // A failure is not remembered: the next request tries again.
    value.catch(() => answers.delete(key));
    return value;
  };
}
