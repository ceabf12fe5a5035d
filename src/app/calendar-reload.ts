import { createHash } from "node:crypto";
import { loadCalendar } from "../calendar/load.js";
import type { LiveCalendar } from "../calendar/live-calendar.js";
import type { Planner } from "../delivery/planner.js";
import type { Logger } from "../log/logger.js";
import type { Calendar } from "../model/calendar-schema.js";
import type { MetaRepository } from "../ports/meta-repository.js";

/**
 * A reload's outcome: the new data in use and the schedules recomputed if it changed them; in use, with
 * the schedules left to the next ticks (the store failed: `deferred` says why); or refused.
 */
export type ReloadReport =
  | { ok: true; changed: boolean; subscriptions: number }
  | { ok: true; deferred: string }
  | { ok: false; error: string };

export interface CalendarReload {
  /** Re-plans every subscription when the calendar differs from the one they were planned with. */
  replanIfChanged(): Promise<{ changed: boolean; subscriptions: number }>;
  /**
   * Reads the calendar's data again (SIGHUP, or `npm run cli -- calendar reload` through the store):
   * invalid data is refused and logged with file:line, and the calendar in use stays; valid data
   * replaces it, and the subscriptions are re-planned when it changed.
   */
  reload(): Promise<ReloadReport>;
  /** Each tick: reloads when an operator asked every process to, and retries a replan the store failed. */
  catchUp(): Promise<void>;
}

const CALENDAR_KEY = "calendar-fingerprint";
/** When an operator last asked every process to reload the calendar (`calendar reload`). */
export const RELOAD_REQUEST_KEY = "calendar-reload-requested";
const fingerprintOf = (calendar: Calendar) =>
  createHash("sha256").update(JSON.stringify(calendar.observances)).digest("hex");

/** The calendar's reload, and the replan a changed calendar asks for. */
export async function calendarReload(deps: {
  live: LiveCalendar;
  /** Where a reload reads the calendar's data from (DATA_DIR). */
  dataDir: string;
  planner: Pick<Planner, "rescheduleAll">;
  meta: Pick<MetaRepository, "get" | "set">;
  log: Logger;
}): Promise<CalendarReload> {
  const { live, planner, meta, log } = deps;
  const replanIfChanged = async () => {
    const fingerprint = fingerprintOf(live.calendar);
    if ((await meta.get(CALENDAR_KEY)) === fingerprint) return { changed: false, subscriptions: 0 };
    const subscriptions = await planner.rescheduleAll();
    await meta.set(CALENDAR_KEY, fingerprint);
    log.info({ subscriptions }, "calendar changed: schedules recomputed");
    return { changed: true, subscriptions };
  };
  /** A replan the store failed after a reload: each tick tries again until it is done. */
  let replanOwed = false;
  const replanOrOwe = async (): Promise<ReloadReport> => {
    try {
      const report = await replanIfChanged();
      replanOwed = false;
      return { ok: true, ...report };
    } catch (error) {
      replanOwed = true;
      log.warn({ err: error }, "could not recompute schedules; will try again at the next tick");
      return { ok: true, deferred: (error as Error).message };
    }
  };
  const reload = async (): Promise<ReloadReport> => {
    let next: Calendar;
    try {
      next = loadCalendar(deps.dataDir);
    } catch (error) {
      log.error({ err: error }, "calendar reload refused: the calendar in use stays");
      return { ok: false, error: (error as Error).message };
    }
    live.replace(next);
    const report = await replanOrOwe();
    log.info(report, "calendar reloaded");
    return report;
  };
  let reloadAsked = await meta.get(RELOAD_REQUEST_KEY);
  /** An operator's `calendar reload` is seen by each process at its next tick. */
  const reloadIfAsked = async () => {
    const asked = await meta.get(RELOAD_REQUEST_KEY);
    if (asked === reloadAsked) return;
    reloadAsked = asked;
    await reload();
  };
  return {
    replanIfChanged,
    reload,
    async catchUp() {
      await reloadIfAsked().catch((error: unknown) =>
        log.warn({ err: error }, "could not check for a calendar reload"),
      );
      if (replanOwed) await replanOrOwe();
    },
  };
}
