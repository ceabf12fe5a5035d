import type { Kind, Language } from "../model/calendar-schema.js";
import type { ReminderMember, ReminderTarget } from "../model/member-reminder-model.js";

export interface MemberReminderRepository {
  /**
   * Adds a reminder and makes `language` the member's; "exists" when they had it (the language is
   * still updated), "cap" when they have MAX_REMINDERS_PER_MEMBER already (nothing written).
   */
  add(
    userId: string,
    target: ReminderTarget,
    language: Language,
    now: string,
  ): Promise<"added" | "exists" | "cap">;
  /** A member's reminders and state; undefined when the bot keeps nothing about them. */
  member(userId: string): Promise<ReminderMember | undefined>;
  /** Removes one reminder; false when they had none such. A member left with none is forgotten. */
  remove(userId: string, target: ReminderTarget): Promise<boolean>;
  /** Erases everything kept about a member: reminders, state, and their outbox rows. */
  erase(userId: string): Promise<boolean>;
  /** Discord refused to message them: their reminders pause until they resume them. */
  refuse(userId: string, reason: string, now: string): Promise<void>;
  /** Lifts a refusal; false when there was none. */
  resume(userId: string): Promise<boolean>;
  /**
   * Members not paused with a reminder of one of these observances or kinds, not yet reminded on
   * `date` (markReminded), by user id; with `after`, those after that id (a tick pages through).
   */
  due(
    date: string,
    wanted: { observances: readonly string[]; kinds: readonly Kind[] },
    limit: number,
    after?: string,
  ): Promise<ReminderMember[]>;
  /** Whether a member is still owed their reminder of `date`: kept, not paused, not yet reminded. */
  owes(userId: string, date: string): Promise<boolean>;
  /** Notes that a member's reminder of `date` is settled (sent, or failed for good); never goes back. */
  markReminded(userId: string, date: string): Promise<void>;
}
