import type { Language } from "../model/calendar-schema.js";

function englishOrdinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

// Azerbaijani ordinals take -ıncı/-inci/-uncu/-üncü by vowel harmony with the last word of the
// spoken number; written with digits, that is -cı/-ci/-cu/-cü after a hyphen.
const AZ_UNITS = ["", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu"]; // bir … doqquz
const AZ_TENS = ["", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı"]; // on … doxsan

function azerbaijaniOrdinal(n: number): string {
  const suffix =
    n % 10 ? AZ_UNITS[n % 10] : n % 100 ? AZ_TENS[(n % 100) / 10] : n % 1000 ? "cü" : "ci"; // yüz, min
  return `${n}-${suffix}`;
}

/** The ordinal as written with digits: 1st / 1-ci / 1-я (Russian feminine, to agree with "годовщина"). */
export function ordinal(n: number, lang: Language): string {
  if (lang === "en") return englishOrdinal(n);
  if (lang === "az") return azerbaijaniOrdinal(n);
  return `${n}-я`;
}
