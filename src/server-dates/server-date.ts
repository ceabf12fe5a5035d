import { DateTime } from "luxon";
import type { Language, Observance } from "../model/calendar-schema.js";
import type { Calendar } from "../model/calendar-schema.js";
import { snapshotOf } from "../calendar/live-calendar.js";
import { localText } from "../i18n/translate.js";
import type { Checked } from "../subscriptions/validate.js";
import { checkPostedText } from "../subscriptions/posted-text.js";
import type { IsoDate } from "../model/iso-date.js";
import {
  NAME_MAX,
  TEXT_MAX,
  type ServerDate,
  type ServerDateFields,
} from "../model/server-date-model.js";

const checkText = (which: "name" | "text", value: string, max: number) =>
  checkPostedText(value, max, localText(`serverDate.${which}Field`));

/** Checks a date's fields as a server's admins gave them; `today` is the server's local date. */
export function checkServerDate(
  fields: ServerDateFields,
  today: IsoDate,
): Checked<ServerDateFields> {
  const name = checkText("name", fields.name, NAME_MAX);
  if (!name.ok) return name;
  const text = checkText("text", fields.text, TEXT_MAX);
  if (!text.ok) return text;
  const thisYear = Number(today.slice(0, 4));
  if (fields.year !== null) {
    const day = DateTime.utc(fields.year, fields.month, fields.day);
    if (!day.isValid)
      return {
        ok: false,
        error: localText("error.notARealDate", {
          value: `${fields.day}.${fields.month}.${fields.year}`,
          year: fields.year,
          month: fields.month,
          day: fields.day,
        }),
      };
    const date = day.toISODate()!;
    if (date < today) return { ok: false, error: localText("error.serverDatePassed", { date }) };
  }
  if (fields.firstYear !== null && (fields.firstYear < 1000 || fields.firstYear > thisYear))
    return {
      ok: false,
      error: localText("error.serverDateFirstYear", { value: fields.firstYear, max: thisYear }),
    };
  return { ok: true, value: { ...fields, name: name.value, text: text.value } };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A server's date as an observance of its own kind, so that it is scheduled and rendered as the calendar's are. */
export function asObservance(d: ServerDate): Observance {
  const event = d.firstYear === null ? null : DateTime.utc(d.firstYear, d.month, d.day);
  const every = { en: d.name, az: d.name, ru: d.name };
  return {
    id: `server-${d.id}`,
    names: every,
    formerNames: [],
    aliases: [],
    date: { month: d.month, day: d.day, days: 1 },
    formerDays: [],
    // Posted from its first year on (that year without a count, the next as the 1st anniversary).
    ...(d.year === null
      ? d.firstYear === null
        ? {}
        : { firstObserved: d.firstYear }
      : { firstObserved: d.year, lastObserved: d.year }),
    // 29 February of a year that has none gives no count, rather than a wrong one.
    ...(event?.isValid ? { event: `${d.firstYear}-${pad(d.month)}-${pad(d.day)}` } : {}),
    kind: "server-day",
    tone: "neutral",
    summary: { en: d.text, az: d.text, ru: d.text },
    facts: [],
    sources: [],
  };
}

// A tick asks for the same servers' calendars again and again: keep one per server, language and dates.
const CACHE_LIMIT = 10_000;
const mergedOf = new WeakMap<
  Calendar,
  Map<string, { dates: readonly ServerDate[]; calendar: Calendar }>
>();

/** The calendar a subscription posts from: the calendar's days and its server's own, in its language. */
export function calendarWith(
  calendar: Calendar,
  dates: readonly ServerDate[],
  language: Language,
): Calendar {
  // In the order they were added: a date added while a day's post is being sent goes after the others,
  // so that the messages already sent keep what they hold.
  const own = dates
    .filter((d) => d.language === null || d.language === language)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  if (!own.length) return calendar;
  // Kept under the data itself, so that a reloaded calendar is merged anew.
  const data = snapshotOf(calendar);
  let merged = mergedOf.get(data);
  if (!merged) mergedOf.set(data, (merged = new Map()));
  const key = `${own[0]!.guildId}/${language}`;
  const cached = merged.get(key);
  const same =
    cached &&
    cached.dates.length === own.length &&
    cached.dates.every((d, i) => JSON.stringify(d) === JSON.stringify(own[i]));
  if (same) return cached.calendar;
  if (merged.size >= CACHE_LIMIT) merged.clear();
  const result = { ...calendar, observances: [...calendar.observances, ...own.map(asObservance)] };
  merged.set(key, { dates: own, calendar: result });
  return result;
}
