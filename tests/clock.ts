import { DateTime, type DurationLike } from "luxon";
import type { Clock } from "../src/clock/clock.js";

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
