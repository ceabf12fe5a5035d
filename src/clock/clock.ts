import { DateTime } from "luxon";

/** The one source of "now". Everything that needs the time receives a Clock. */
export interface Clock {
  now(): DateTime;
}

export const systemClock: Clock = { now: () => DateTime.utc() };

export function fixedClock(iso: string): Clock {
  const instant = DateTime.fromISO(iso, { setZone: true });
  if (!instant.isValid) throw new Error(`fixedClock: invalid ISO instant "${iso}"`);
  return { now: () => instant };
}
