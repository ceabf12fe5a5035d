import type { Kind, Language } from "../calendar/calendar-schema.js";
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
  dayOff: DayOffStrings;
  expected: string;
  /** "expected", as a mark after a date. */
  expectedMark: string;
  expectedDate: string;
  dayOfHoliday(day: number, days: number): string;
}

/** How a day's working status reads; dates come in formatted with their weekday. */
interface DayOffStrings {
  nonWorking: string;
  restDay: string;
  workingDay: string;
  holiday(names: string[]): string;
  moved(from: string, holiday: string): string;
  overlap(from: string, holiday: string, other: string): string;
  transfer(from: string): string;
  workingInstead(to: string): string;
  movesTo(to: string): string;
  extraDayOff(to: string): string;
  expected: string;
  nextDaysOff: string;
  daysOffCount(n: number): string;
  noDaysOff: string;
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
    expected: "Expected date",
    expectedMark: "expected",
    expectedDate:
      "Computed from the Umm al-Qura Hijri calendar; the Cabinet of Ministers announces the dates " +
      "for the next year by the end of December.",
    dayOfHoliday: (day, days) => `day ${day} of ${days}`,
    dayOff: {
      nonWorking: "Non-working day",
      restDay: "Rest day",
      workingDay: "Working day",
      holiday: (names) => `${names.length > 1 ? "Holidays" : "Holiday"}: ${names.join(", ")}.`,
      moved: (from, holiday) =>
        `${holiday} fell on the rest day of ${from}; that rest day moved to this day.`,
      overlap: (from, holiday, other) =>
        `On ${from}, ${holiday} coincided with ${other}, so this day is also a day off (Labour Code, Art. 105.6).`,
      transfer: (from) =>
        `The day off of ${from} was transferred to this day by a decision of the Cabinet of Ministers.`,
      workingInstead: (to) =>
        `Its day off was transferred to ${to} by a decision of the Cabinet of Ministers.`,
      movesTo: (to) => `Its day off moves to ${to}.`,
      extraDayOff: (to) =>
        `Under Art. 105.6 of the Labour Code, the next working day, ${to}, is a day off.`,
      expected:
        "Expected: worked out from the Labour Code; a decision of the Cabinet of Ministers may still move days off.",
      nextDaysOff: "Next days off",
      daysOffCount: (n) => `${n} ${n === 1 ? "day off" : "days off"}`,
      noDaysOff: "No days off are known in the next year.",
    },
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
    expected: "Gözlənilən tarix",
    expectedMark: "gözlənilir",
    expectedDate:
      "Ümm əl-Qura hicri təqvimi ilə hesablanıb; Nazirlər Kabineti növbəti ilin tarixlərini " +
      "dekabr ayının sonunadək elan edir.",
    dayOfHoliday: (day, days) => `${days} günlük bayramın ${ordinal(day, "az")} günü`,
    dayOff: {
      nonWorking: "Qeyri-iş günü",
      restDay: "İstirahət günü",
      workingDay: "İş günü",
      holiday: (names) => `${names.length > 1 ? "Bayramlar" : "Bayram"}: ${names.join(", ")}.`,
      moved: (from, holiday) =>
        `${holiday} ${from} istirahət gününə düşdüyü üçün həmin istirahət günü bu günə keçirilib.`,
      overlap: (from, holiday, other) =>
        `${from} günü ${holiday} ${other} ilə üst-üstə düşdüyü üçün bu tarix də istirahət günü hesab edilir (Əmək Məcəlləsi, 105-ci maddənin 6-cı hissəsi).`,
      transfer: (from) =>
        `Nazirlər Kabinetinin qərarı ilə ${from} istirahət günü bu günə keçirilib.`,
      workingInstead: (to) =>
        `Nazirlər Kabinetinin qərarı ilə bu istirahət günü ${to} gününə keçirilib.`,
      movesTo: (to) => `Bu istirahət günü ${to} gününə keçirilir.`,
      extraDayOff: (to) =>
        `Əmək Məcəlləsinin 105-ci maddəsinin 6-cı hissəsinə əsasən növbəti iş günü — ${to} — istirahət günüdür.`,
      expected:
        "Gözlənilir: Əmək Məcəlləsinə əsasən hesablanıb; Nazirlər Kabinetinin qərarı ilə istirahət günlərinin yeri dəyişdirilə bilər.",
      nextDaysOff: "Növbəti qeyri-iş günləri",
      daysOffCount: (n) => `${n} qeyri-iş günü`,
      noDaysOff: "Növbəti bir ildə məlum qeyri-iş günü yoxdur.",
    },
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
    expected: "Ожидаемая дата",
    expectedMark: "ожидается",
    expectedDate:
      "Рассчитана по хиджрийскому календарю Умм аль-Кура; Кабинет министров объявляет даты на " +
      "следующий год до конца декабря.",
    dayOfHoliday: (day, days) => `день ${day} из ${days}`,
    dayOff: {
      nonWorking: "Нерабочий день",
      restDay: "Выходной день",
      workingDay: "Рабочий день",
      holiday: (names) => `${names.length > 1 ? "Праздники" : "Праздник"}: ${names.join(", ")}.`,
      moved: (from, holiday) =>
        `Праздник «${holiday}» пришёлся на выходной ${from}; выходной перенесён на этот день.`,
      overlap: (from, holiday, other) =>
        `${from} совпали праздники «${holiday}» и «${other}», поэтому нерабочим считается и этот день (Трудовой кодекс, ч. 6 ст. 105).`,
      transfer: (from) =>
        `Выходной день ${from} перенесён на этот день решением Кабинета министров.`,
      workingInstead: (to) =>
        `Выходной день перенесён с этого дня на ${to} решением Кабинета министров.`,
      movesTo: (to) => `Выходной переносится на ${to}.`,
      extraDayOff: (to) =>
        `По части 6 статьи 105 Трудового кодекса следующий рабочий день, ${to}, — выходной.`,
      expected:
        "Ожидается: рассчитано по Трудовому кодексу; решением Кабинета министров выходные ещё могут быть перенесены.",
      nextDaysOff: "Ближайшие нерабочие дни",
      daysOffCount: (n) =>
        `${n} ${russianPlural(n, "нерабочий день", "нерабочих дня", "нерабочих дней")}`,
      noDaysOff: "В ближайший год нерабочие дни неизвестны.",
    },
  },
};
