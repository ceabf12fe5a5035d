import type { Kind, Language } from "./calendar-schema.js";

/** What a member asked to be reminded of: one observance (by id), or every observance of a kind. */
export type ReminderTarget = { observance: string } | { kind: Kind };

/**
 * A member's reminders, kept by their Discord user id alone (no name, no server): a direct message the
 * day before each day they chose, in the language of their last `/remind`.
 */
export interface ReminderMember {
  userId: string;
  language: Language;
  targets: ReminderTarget[];
  /** Why the bot may not message them (Discord refused it), and since when; null: it may. */
  refused: { reason: string; since: string } | null;
}

/** How many reminders one member may keep. */
export const MAX_REMINDERS_PER_MEMBER = 25;

/**
 * When a reminder goes out: at 18:00 in Asia/Baku, the evening before the day. One zone for every
 * member: Discord does not tell a bot a user's zone, and the calendar's days are Azerbaijan's.
 */
export const REMINDER_SCHEDULE = { postTime: "18:00", timeZone: "Asia/Baku" } as const;

/** The outbox's owner for a member's reminders (the `subscription_id` of their rows). */
export const memberDeliveryId = (userId: string) => `member:${userId}`;

export const targetKey = (target: ReminderTarget) =>
  "observance" in target ? `observance:${target.observance}` : `kind:${target.kind}`;

export function parseTargetKey(key: string): ReminderTarget {
  const [type, value] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
  return type === "observance" ? { observance: value } : { kind: value as Kind };
}
