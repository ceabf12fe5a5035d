import { Info } from "luxon";
import { editDistance } from "../calendar/normalize.js";
import type { Checked } from "../subscriptions/validate.js";
import { localText } from "../i18n/translate.js";

// ICU lists some zones under CLDR's older names; offer the current IANA names (both are accepted).
const CURRENT_NAMES: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Rangoon": "Asia/Yangon",
  "Europe/Kiev": "Europe/Kyiv",
  "America/Godthab": "America/Nuuk",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Pacific/Truk": "Pacific/Chuuk",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Mendoza": "America/Argentina/Mendoza",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Coral_Harbour": "America/Atikokan",
};

const ZONES = [
  "UTC",
  ...Intl.supportedValuesOf("timeZone").map((zone) => CURRENT_NAMES[zone] ?? zone),
];

export function isTimeZone(zone: string): boolean {
  return Info.isValidIANAZone(zone);
}

/** Time zone names for autocomplete: those containing the typed text, shortest first. */
export function matchTimeZones(typed: string, limit = 25): string[] {
  const needle = typed.trim().toLowerCase().replace(/\s+/g, "_");
  return ZONES.filter((z) => z.toLowerCase().includes(needle))
    .sort((a, b) => a.length - b.length)
    .slice(0, limit);
}

/** The closest IANA names to a mistyped one, compared on the whole name and on the city part. */
export function closestTimeZones(typed: string, count = 3): string[] {
  const needle = typed.trim().toLowerCase().replace(/\s+/g, "_");
  const distance = (zone: string) => {
    const lower = zone.toLowerCase();
    const city = lower.split("/").at(-1)!;
    return Math.min(editDistance(needle, lower, 99), editDistance(needle, city, 99));
  };
  return [...ZONES].sort((a, b) => distance(a) - distance(b)).slice(0, count);
}

export function checkTimeZone(zone: string): Checked<string> {
  if (isTimeZone(zone)) return { ok: true, value: zone };
  return {
    ok: false,
    error: localText("error.notATimeZone", {
      value: zone,
      closest: closestTimeZones(zone).join(", "),
    }),
  };
}
