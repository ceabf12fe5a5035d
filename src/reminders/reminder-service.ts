import type { Clock } from "../clock/clock.js";
import { conflict, invalid, notFound } from "../errors/app-error.js";
import { localText } from "../i18n/translate.js";
import { CALENDAR_KINDS, type Calendar, type Language } from "../model/calendar-schema.js";
import {
  MAX_REMINDERS_PER_MEMBER,
  type ReminderMember,
  type ReminderTarget,
} from "../model/member-reminder-model.js";
import type { MemberReminderRepository } from "../ports/member-reminder-repository.js";

/**
 * What a member does with their reminders. A day that is not in the calendar, or a kind not one of
 * its own, is invalid; a member at MAX_REMINDERS_PER_MEMBER, a conflict; removing one they do not
 * have, not found.
 */
export interface ReminderService {
  /** Adds a reminder (false: they had it), and makes `language` that of their direct messages. */
  add(userId: string, target: ReminderTarget, language: Language): Promise<boolean>;
  /** What is kept about a member, or undefined: nothing. */
  member(userId: string): Promise<ReminderMember | undefined>;
  remove(userId: string, target: ReminderTarget): Promise<void>;
  /** Erases everything kept about a member (false: there was nothing). */
  erase(userId: string): Promise<boolean>;
  /** Their reminders come again after Discord refused them (false: they were not paused). */
  resume(userId: string): Promise<boolean>;
}

export function reminderService(deps: {
  calendar: Calendar;
  reminders: MemberReminderRepository;
  clock: Clock;
}): ReminderService {
  const { calendar, reminders, clock } = deps;
  const check = (target: ReminderTarget) => {
    if ("observance" in target && !calendar.observances.some((o) => o.id === target.observance))
      throw invalid(localText("remind.unknownDay", { value: target.observance }));
    if ("kind" in target && !(CALENDAR_KINDS as readonly string[]).includes(target.kind))
      throw invalid(
        localText("error.unknownKind", { value: target.kind, accepted: CALENDAR_KINDS.join(", ") }),
      );
  };
  return {
    async add(userId, target, language) {
      check(target);
      const added = await reminders.add(userId, target, language, clock.now().toUTC().toISO()!);
      if (added === "cap")
        throw conflict(localText("remind.cap", { max: MAX_REMINDERS_PER_MEMBER }));
      return added === "added";
    },
    member: (userId) => reminders.member(userId),
    async remove(userId, target) {
      if (!(await reminders.remove(userId, target))) throw notFound(localText("remind.notFound"));
    },
    erase: (userId) => reminders.erase(userId),
    resume: (userId) => reminders.resume(userId),
  };
}
