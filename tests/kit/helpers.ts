import type { ServerDate } from "../../src/model/server-date-model.js";
import { loadCalendar } from "../../src/calendar/load.js";
import { type Calendar } from "../../src/model/calendar-schema.js";
import type { NewSubscription } from "../../src/ports/subscription-repository.js";

let cached: Calendar | undefined;

/** The project's real calendar, loaded once per test file. */
export function realCalendar(): Calendar {
  return (cached ??= loadCalendar("data"));
}

export function observance(id: string) {
  const found = realCalendar().observances.find((o) => o.id === id);
  if (!found) throw new Error(`no observance ${id}`);
  return found;
}

let sequence = 0;

/** A new subscription with the defaults (09:00 in Baku, English, all kinds); tests override the rest. */
export function newSubscription(fields: Partial<NewSubscription> = {}): NewSubscription {
  sequence++;
  return {
    id: `sub-${sequence}`,
    guildId: "100000000000000001",
    channelId: `2000000000000000${10 + sequence}`,
    timeZone: "Asia/Baku",
    postTime: "09:00",
    language: "en",
    roleId: null,
    kinds: [],
    remindDays: 0,
    weekday: null,
    createdBy: "300000000000000001",
    publish: false,
    events: false,
    intro: null,
    live: false,
    pin: false,
    threadArchive: null,
    ...fields,
  };
}

let dateSequence = 0;

/** A server's yearly date (the server's founding, 25 November, since 2021); tests override the rest. */
export function newServerDate(fields: Partial<ServerDate> = {}): ServerDate {
  dateSequence++;
  return {
    id: `date-${dateSequence}`,
    guildId: "100000000000000001",
    name: "Founding of the server",
    text: "The server opened on this day.",
    month: 11,
    day: 25,
    year: null,
    firstYear: 2021,
    language: null,
    createdBy: "300000000000000001",
    createdAt: "2026-11-24T10:00:00.000Z",
    ...fields,
  };
}
