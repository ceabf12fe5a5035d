import type { Clock } from "../clock/clock.js";
import type { Rescheduler } from "../ports/rescheduler.js";
import { localText } from "../i18n/translate.js";
import { conflict, notFound, valid as checkedValue } from "../errors/app-error.js";
import { ServerDateCap, type ServerDateRepository } from "../ports/server-date-repository.js";
import type { SubscriptionRepository } from "../ports/subscription-repository.js";
import { localDate } from "../time/local-date.js";
import { checkServerDate } from "./server-date.js";
import {
  MAX_SERVER_DATES,
  type ServerDate,
  type ServerDateFields,
} from "../model/server-date-model.js";

/**
 * The one place that adds, edits and removes a server's own dates: checks, the cap, saving, and
 * rescheduling the server's subscriptions, whose next post may now be one of them.
 */
export interface ServerDateService {
  add(guildId: string, createdBy: string, fields: ServerDateFields): Promise<ServerDate>;
  edit(guildId: string, id: string, fields: Partial<ServerDateFields>): Promise<ServerDate>;
  remove(guildId: string, id: string): Promise<ServerDate>;
  get(guildId: string, id: string): Promise<ServerDate>;
}

export function serverDateService(deps: {
  dates: ServerDateRepository;
  subscriptions: SubscriptionRepository;
  scheduler: Rescheduler;
  clock: Clock;
  /** The zone of "today", for a one-off date that must not have passed. */
  zone: string;
  newId(): string;
}): ServerDateService {
  const { dates } = deps;
  const valid = (fields: ServerDateFields) =>
    checkedValue(checkServerDate(fields, localDate(deps.clock.now(), deps.zone)));
  const get = async (guildId: string, id: string) => {
    const date = await dates.get(guildId, id);
    if (!date) throw notFound(localText("error.noServerDate"));
    return date;
  };
  // Each subscription's revision is bumped first, so that a tick posting it meanwhile, with the
  // server's dates as they were, cannot overwrite this schedule with its own.
  const reschedule = async (guildId: string) => {
    for (const sub of await deps.subscriptions.list(guildId)) {
      if (sub.status !== "active") continue;
      const bumped = await deps.subscriptions.update(guildId, sub.id, {});
      if (bumped) await deps.scheduler.reschedule(bumped);
    }
  };
  return {
    get,
    async add(guildId, createdBy, fields) {
      const date: ServerDate = {
        ...valid(fields),
        id: deps.newId(),
        guildId,
        createdBy,
        createdAt: deps.clock.now().toUTC().toISO()!,
      };
      try {
        await dates.add(date);
      } catch (error) {
        if (error instanceof ServerDateCap)
          throw conflict(localText("error.serverDateCap", { max: MAX_SERVER_DATES }));
        throw error;
      }
      await reschedule(guildId);
      return date;
    },
    async edit(guildId, id, fields) {
      const before = await get(guildId, id);
      const updated = await dates.update(guildId, id, valid({ ...before, ...fields }));
      // Removed meanwhile (by another admin): said as for any date that is not there.
      if (!updated) throw notFound(localText("error.noServerDate"));
      await reschedule(guildId);
      return updated;
    },
    async remove(guildId, id) {
      const date = await get(guildId, id);
      await dates.remove(guildId, id);
      await reschedule(guildId);
      return date;
    },
  };
}
