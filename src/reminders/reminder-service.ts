import type { Clock } from "../clock/clock.js";
import { conflict, invalid, notFound } from "../errors/app-error.js";
import { localText } from "../i18n/translate.js";
import { CALENDAR_KINDS, type Calendar, type Language } from "../model/calendar-schema.js";
import {
  MAX_REMINDERS_PER_MEMBER,
  memberDeliveryId,
  REMINDER_SCHEDULE,
  type ReminderMember,
  type ReminderTarget,
} from "../model/member-reminder-model.js";
import type { DeliveryRepository } from "../ports/delivery-repository.js";
import type { MemberReminderRepository } from "../ports/member-reminder-repository.js";
import { localDate } from "../time/local-date.js";

/**
 * What a member does with their reminders. A day that is not in the calendar, or a kind not one of
 * its own, is invalid; a member at MAX_REMINDERS_PER_MEMBER, a conflict; removing one they do not
 * have, not found.
 */
export interface ReminderService {
  /**
   * Adds a reminder (`added` false: they had it), and makes `language` that of their direct
   * messages; `refused`: their reminders are paused, and why.
   */
  add(
    userId: string,
    target: ReminderTarget,
    language: Language,
  ): Promise<{ added: boolean; refused: ReminderMember["refused"] }>;
  /** What is kept about a member, or undefined: nothing. */
  member(userId: string): Promise<ReminderMember | undefined>;
  remove(userId: string, target: ReminderTarget): Promise<void>;
  /** Erases everything kept about a member (false: there was nothing). */
  erase(userId: string): Promise<boolean>;
  /**
   * Their reminders come again after Discord refused them (false: they were not paused), that of the
   * day refused too if it has not begun.
   */
  resume(userId: string): Promise<boolean>;
}

export function reminderService(deps: {
  calendar: Calendar;
  reminders: MemberReminderRepository;
  deliveries: DeliveryRepository;
  clock: Clock;
}): ReminderService {
  const { calendar, reminders, deliveries, clock } = deps;
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
      const member = await reminders.member(userId);
      return { added: added === "added", refused: member?.refused ?? null };
    },
    member: (userId) => reminders.member(userId),
    async remove(userId, target) {
      if (!(await reminders.remove(userId, target))) throw notFound(localText("remind.notFound"));
    },
    erase: (userId) => reminders.erase(userId),
    async resume(userId) {
      if (!(await reminders.resume(userId))) return false;
      // As for a subscription an admin fixed: the message refused gets another chance.
      const now = clock.now();
      const today = localDate(now, REMINDER_SCHEDULE.timeZone);
      await deliveries.reopen(memberDeliveryId(userId), today, now.toUTC().toISO()!);
      return true;
    },
  };
}
