import { loadCalendar, type Calendar } from "../src/calendar/load.js";
import type { NewSubscription } from "../src/store/subscriptions.js";

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
    ...fields,
  };
}
