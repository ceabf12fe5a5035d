import type { Dispatcher } from "../delivery/dispatcher.js";
import type { LiveRefresh } from "../delivery/live-refresh.js";
import type { ReminderDispatcher } from "../delivery/reminder-dispatcher.js";
import type { TickReport } from "../delivery/post-delivery.js";
import type { Logger } from "../log/logger.js";
import type { EventSyncTimer } from "../scheduled-events/event-sync-timer.js";
import type { CalendarReload } from "./calendar-reload.js";

export interface MinuteTick {
  /**
   * What node-cron calls each minute: a calendar reload asked for, the posts due, the live messages
   * due, members' reminders due, the events due.
   */
  tick(): Promise<TickReport>;
  /** How long ago the last tick ended (or this began), for the health check. */
  msSinceTick(): number;
}

export function minuteTick(deps: {
  calendarReload: Pick<CalendarReload, "catchUp">;
  dispatcher: Dispatcher;
  liveMessages: LiveRefresh;
  reminderDispatcher: ReminderDispatcher;
  scheduledEvents: Pick<EventSyncTimer, "syncDue">;
  /** Each tick's report and how long it took, in seconds (the metrics). */
  observe(report: TickReport, seconds: number): void;
  log: Logger;
}): MinuteTick {
  let lastTick = performance.now();
  return {
    async tick() {
      const started = performance.now();
      try {
        await deps.calendarReload.catchUp();
        const report = await deps.dispatcher.tick();
        // After the posts: a live message waits for them, never they for it.
        await deps.liveMessages
          .tick()
          .catch((error: unknown) =>
            deps.log.warn({ err: error }, "could not draw the live messages"),
          );
        deps.observe(report, (performance.now() - started) / 1000);
        await deps.reminderDispatcher
          .tick()
          .catch((error: unknown) => deps.log.warn({ err: error }, "could not send reminders"));
        await deps.scheduledEvents
          .syncDue()
          .catch((error: unknown) =>
            deps.log.warn({ err: error }, "could not sync scheduled events"),
          );
        return report;
      } finally {
        lastTick = performance.now();
      }
    },
    msSinceTick: () => performance.now() - lastTick,
  };
}
