import { DateTime, Info } from "luxon";
import type { Language } from "../model/calendar-schema.js";
import { ordinal } from "./ordinal.js";

/** The locale each language is written in (luxon's dates, Intl's plurals). */
export const LOCALES: Readonly<Record<Language, string>> = { en: "en-GB", az: "az", ru: "ru" };

/** "25 November 2026" / "25 noyabr 2026" / "25 ноября 2026 г.": an ISO date as the language writes it. */
export function formatDate(date: string, lang: Language): string {
  return DateTime.fromISO(date, { zone: "utc" })
    .setLocale(LOCALES[lang])
    .toLocaleString(DateTime.DATE_FULL);
}

/** One date, or "from – to", each as the language writes it. */
export const formatDateSpan = (from: string, to: string, lang: Language): string =>
  from === to ? formatDate(from, lang) : `${formatDate(from, lang)} – ${formatDate(to, lang)}`;

/** "25 November" / "25 noyabr" / "25 ноября": a day of every year. */
export const formatDayMonth = (month: number, day: number, lang: Language): string =>
  DateTime.utc(2024, month, day) // a leap year: 29 February exists
    .setLocale(LOCALES[lang])
    .toLocaleString({ month: "long", day: "numeric" });

/** An ISO weekday's name (1 Monday … 7 Sunday) as luxon writes it in a language. */
export const weekdayName = (weekday: number, lang: Language): string =>
  Info.weekdays("long", { locale: LOCALES[lang] })[weekday - 1]!;

/**
 * A date inside a sentence, in the form that needs no case ending: "10 March 2025" /
 * "2025-ci il 10 mart" (the order of the instruments, "2025-ci il 10 mart tarixli") / "10 марта 2025 года".
 */
export function formatDateInText(date: string, lang: Language): string {
  const d = DateTime.fromISO(date, { zone: "utc" }).setLocale(LOCALES[lang]);
  if (lang === "az") return `${ordinal(d.year, "az")} il ${formatDayMonth(d.month, d.day, "az")}`;
  if (lang === "ru") return `${formatDayMonth(d.month, d.day, "ru")} ${d.year} года`;
  return formatDate(date, lang);
}

/** The weekday of an ISO date, as the language writes it ("Saturday", "şənbə", "суббота"). */
export const weekdayOf = (date: string, lang: Language): string =>
  weekdayName(DateTime.fromISO(date, { zone: "utc" }).weekday, lang);

const lists = new Map<Language, Intl.ListFormat>();

/** "A, B and C" / "A, B və C" / "A, B и C". */
export function formatList(items: readonly string[], lang: Language): string {
  let list = lists.get(lang);
  if (!list) lists.set(lang, (list = new Intl.ListFormat(LOCALES[lang], { type: "conjunction" })));
  return list.format(items);
}
