import { DateTime, Info } from "luxon";
import type { Language } from "../calendar/calendar-schema.js";

/** The locale each language is written in (luxon's dates, Intl's plurals). */
export const LOCALES: Readonly<Record<Language, string>> = { en: "en-GB", az: "az", ru: "ru" };

/** "25 November 2026" / "25 noyabr 2026" / "25 ноября 2026 г.": an ISO date as the language writes it. */
export function formatDate(date: string, lang: Language): string {
  return DateTime.fromISO(date, { zone: "utc" })
    .setLocale(LOCALES[lang])
    .toLocaleString(DateTime.DATE_FULL);
}

/** "8 March 2025 (Saturday)": the weekday after the date, so that no language needs its cases. */
export function formatDayWithWeekday(date: string, lang: Language): string {
  const weekday = DateTime.fromISO(date, { zone: "utc" })
    .setLocale(LOCALES[lang])
    .toLocaleString({ weekday: "long" });
  return `${formatDate(date, lang)} (${weekday})`;
}

/** "25 November" / "25 noyabr" / "25 ноября": a day of every year. */
export const formatDayMonth = (month: number, day: number, lang: Language): string =>
  DateTime.utc(2024, month, day) // a leap year: 29 February exists
    .setLocale(LOCALES[lang])
    .toLocaleString({ month: "long", day: "numeric" });

/** An ISO weekday's name (1 Monday … 7 Sunday) as luxon writes it in a language. */
export const weekdayName = (weekday: number, lang: Language): string =>
  Info.weekdays("long", { locale: LOCALES[lang] })[weekday - 1]!;
