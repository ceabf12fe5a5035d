/**
 * Milliseconds from an arbitrary origin that only move forward, for ages and intervals: the wall
 * clock (Clock) may step back or jump, and a cache timed on it would then serve an old answer for as
 * long as the step. Injected like Clock, so that tests move it by hand.
 */
export interface Monotonic {
  now(): number;
}

export const systemMonotonic: Monotonic = performance;
