import { DateTime, type DurationLike } from "luxon";
import type { Clock } from "../src/clock/clock.js";
import type { Monotonic } from "../src/clock/monotonic.js";

export interface ManualClock extends Clock {
  set(iso: string | DateTime): void;
  advance(by: DurationLike): void;
}

/** A clock the test moves by hand. */
export function manualClock(iso: string): ManualClock {
  let now: DateTime = DateTime.fromISO(iso, { setZone: true });
  return {
    now: () => now,
    set: (to) => void (now = typeof to === "string" ? DateTime.fromISO(to, { setZone: true }) : to),
    advance: (by) => void (now = now.plus(by)),
  };
}

export interface ManualMonotonic extends Monotonic {
  advance(ms: number): void;
}

/** A monotonic clock the test moves by hand. */
export function manualMonotonic(): ManualMonotonic {
  let at = 1000;
  return { now: () => at, advance: (ms) => void (at += ms) };
}
