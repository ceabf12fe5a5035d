import type { ChatInputCommandInteraction } from "discord.js";
import { invalid } from "../../../errors/app-error.js";
import { formatDate } from "../../../i18n/dates.js";
import { localText, translate } from "../../../i18n/translate.js";
import { CALENDAR_KINDS, type Kind, type Language } from "../../../model/calendar-schema.js";
import { parseTargetKey, type ReminderTarget } from "../../../model/member-reminder-model.js";
import { addDays, localDate } from "../../../time/local-date.js";
import type { Services } from "../../command-services.js";
import { booleanOption, stringOption } from "../../command-options.js";
import { localizedChoices } from "../../command-label.js";

export const DAY = stringOption("remind.day", (o) => o.setAutocomplete(true).setMaxLength(100));
export const KIND = stringOption("remind.kind", (o) =>
  o.addChoices(...localizedChoices(CALENDAR_KINDS, (kind) => `kind.${kind}`)),
);
/** One of the member's reminders, autocompleted: `observance:<id>` or `kind:<kind>`. */
export const REMINDER = stringOption("remind.reminder", (o) =>
  o.setAutocomplete(true).setMaxLength(100),
);
export const ALL = booleanOption("remind.all");

/** The day or kind asked for: one of the two. */
export function targetOf(interaction: ChatInputCommandInteraction): ReminderTarget {
  const day = DAY.read(interaction.options);
  const kind = KIND.read(interaction.options);
  if ((day === null) === (kind === null)) throw invalid(localText("remind.needTarget"));
  return day !== null ? { observance: day } : { kind: kind as Kind };
}

/** A reminder chosen by its key; a key that is neither kind of target is no reminder of theirs. */
export function reminderOf(key: string): ReminderTarget {
  if (!/^(observance|kind):./.test(key)) throw invalid(localText("remind.notFound"));
  return parseTargetKey(key);
}

export type TargetServices = Services<"calendar" | "lookUps" | "clock">;

/** A reminder as its member reads it: the day's name, or "every day of the kind …". */
export function describeTarget(
  services: Pick<TargetServices, "calendar">,
  target: ReminderTarget,
  lang: Language,
): string {
  if ("kind" in target)
    return translate(lang, "remind.everyKind", { kind: translate(lang, `kind.${target.kind}`) });
  const observance = services.calendar.observances.find((o) => o.id === target.observance);
  return observance?.names[lang] ?? target.observance;
}

/** The next date a reminder reminds of (its message goes out the evening before), or null. */
export function nextDate(
  services: TargetServices,
  target: ReminderTarget,
  lang: Language,
): string | null {
  // A day that has begun gets no reminder (the dispatcher's rule): the next counts from tomorrow (Asia/Baku).
  const tomorrow = addDays(localDate(services.clock.now(), "Asia/Baku"), 1);
  const next =
    "kind" in target
      ? services.lookUps.next(tomorrow, { count: 1, kinds: [target.kind] })[0]
      : services.lookUps.event(target.observance, tomorrow)?.next;
  return next ? formatDate(next.date, lang) : null;
}

/** The answer to a reminder added while the member's reminders are paused: why, and how to resume. */
export const pausedAnswer = (lang: Language, reason: string) =>
  `${translate(lang, "remind.savedPaused")} ${translate(lang, "remind.paused", { reason })}`;
