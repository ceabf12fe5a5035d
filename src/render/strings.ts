import type { Kind, Language } from "../calendar/schema.js";
import { ordinal } from "./ordinal.js";

interface Strings {
  kinds: Record<Kind, string>;
  date: string;
  kind: string;
  commemorates: string;
  established: string;
  facts: string;
  sources: string;
  undated: string;
  anniversary(n: number): string;
  years(n: number): string;
  yearsSince(n: number, date: string): string;
  nothingOn(date: string): string;
  inDays(n: number): string;
  nextUp: string;
  searchResults(n: number): string;
}

function russianPlural(n: number, one: string, few: string, many: string): string {
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

export const STRINGS: Record<Language, Strings> = {
  en: {
    kinds: {
      "public-holiday": "Public holiday",
      "memorial-day": "Memorial day",
      "state-day": "State day",
      "city-day": "City day",
      anniversary: "Anniversary",
    },
    date: "Date",
    kind: "Kind",
    commemorates: "Since the event",
    established: "Established",
    facts: "Key facts",
    sources: "Sources",
    undated: "n.d.",
    anniversary: (n) => `${ordinal(n, "en")} anniversary`,
    years: (n) => `${n} ${n === 1 ? "year" : "years"}`,
    yearsSince: (n, date) => `${n} ${n === 1 ? "year" : "years"} since ${date}`,
    inDays: (n) => `In ${n} ${n === 1 ? "day" : "days"}`,
    nothingOn: (date) => `Nothing in the calendar on ${date}.`,
    nextUp: "Next",
    searchResults: (n) => `${n} ${n === 1 ? "match" : "matches"}`,
  },
  az: {
    kinds: {
      "public-holiday": "Bayram günü",
      "memorial-day": "Anım günü",
      "state-day": "Dövlət günü",
      "city-day": "Şəhər günü",
      anniversary: "İldönümü",
    },
    date: "Tarix",
    kind: "Növ",
    commemorates: "Hadisədən bəri",
    established: "Təsis edilib",
    facts: "Əsas faktlar",
    sources: "Mənbələr",
    undated: "tarixsiz",
    anniversary: (n) => `${ordinal(n, "az")} ildönümü`,
    years: (n) => `${n} il`,
    yearsSince: (n, date) => `${date} tarixindən ${n} il keçir`,
    inDays: (n) => `${n} gün sonra`,
    nothingOn: (date) => `${date} tarixində təqvimdə heç nə yoxdur.`,
    nextUp: "Növbəti",
    searchResults: (n) => `${n} nəticə`,
  },
  ru: {
    kinds: {
      "public-holiday": "Праздничный день",
      "memorial-day": "День памяти",
      "state-day": "Государственный день",
      "city-day": "День города",
      anniversary: "Годовщина",
    },
    date: "Дата",
    kind: "Тип",
    commemorates: "С момента события",
    established: "Установлен",
    facts: "Ключевые факты",
    sources: "Источники",
    undated: "б. д.",
    anniversary: (n) => `${ordinal(n, "ru")} годовщина`,
    years: (n) => `${n} ${russianPlural(n, "год", "года", "лет")}`,
    yearsSince: (n, date) => `${n} ${russianPlural(n, "год", "года", "лет")} с ${date}`,
    inDays: (n) => `Через ${n} ${russianPlural(n, "день", "дня", "дней")}`,
    nothingOn: (date) => `На ${date} в календаре ничего нет.`,
    nextUp: "Далее",
    searchResults: (n) => `${n} ${russianPlural(n, "совпадение", "совпадения", "совпадений")}`,
  },
};
