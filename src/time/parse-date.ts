import { DateTime } from "luxon";
import type { IsoDate } from "../model/iso-date.js";
import { localText, type LocalText } from "../i18n/translate.js";

const MONTHS: readonly (readonly string[])[] = [
  ["january", "jan", "yanvar", "января", "январь"],
  ["february", "feb", "fevral", "февраля", "февраль"],
  ["march", "mar", "mart", "марта", "март"],
  ["april", "apr", "aprel", "апреля", "апрель"],
  ["may", "май", "мая"],
  ["june", "jun", "iyun", "июня", "июнь"],
  ["july", "jul", "iyul", "июля", "июль"],
  ["august", "aug", "avqust", "августа", "август"],
  ["september", "sep", "sept", "sentyabr", "сентября", "сентябрь"],
  ["october", "oct", "oktyabr", "октября", "октябрь"],
  ["november", "nov", "noyabr", "ноября", "ноябрь"],
  ["december", "dec", "dekabr", "декабря", "декабрь"],
];

/** The forms a date may be typed in, as a text for errors and help. */
export const ACCEPTED_DATE_FORMATS = [
  localText("dates.accepted", {
    formats:
      '2026-11-25, 11-25, 25.11, 25.11.2026, "25 November", "Nov 25", "25 noyabr", "25 ноября"',
  }),
];

export type DateParseResult = { ok: true; date: IsoDate } | { ok: false; error: LocalText };

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const index = MONTHS.findIndex((names) => names.includes(w));
  return index === -1 ? null : index + 1;
}

/**
 * Reads a date as people type it, in English, Azerbaijani or Russian. Without a year, the year of
 * `today` is used.
 */
export function parseDateInput(input: string, today: IsoDate): DateParseResult {
  const text = input.trim().replace(/\s+/g, " ");
  const defaultYear = Number(today.slice(0, 4));
  let parts: { year: number; month: number; day: number } | null = null;
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/)))
    parts = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  else if ((m = text.match(/^(\d{1,2})-(\d{1,2})$/)))
    parts = { year: defaultYear, month: +m[1]!, day: +m[2]! };
  else if ((m = text.match(/^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?$/)))
    parts = { year: m[3] ? +m[3] : defaultYear, month: +m[2]!, day: +m[1]! };
  else if ((m = text.match(/^(\d{1,2}) ([\p{L}.]+),? ?(\d{4})?$/u))) {
    const month = monthNumber(m[2]!);
    if (month) parts = { year: m[3] ? +m[3] : defaultYear, month, day: +m[1]! };
  } else if ((m = text.match(/^([\p{L}.]+) (\d{1,2}),? ?(\d{4})?$/u))) {
    const month = monthNumber(m[1]!);
    if (month) parts = { year: m[3] ? +m[3] : defaultYear, month, day: +m[2]! };
  }
  if (!parts)
    return {
      ok: false,
      error: localText("error.notADate", { value: input, accepted: ACCEPTED_DATE_FORMATS }),
    };
  const date = DateTime.utc(parts.year, parts.month, parts.day);
  if (!date.isValid) {
    return {
      ok: false,
      error: localText("error.notARealDate", { value: input, ...parts }),
    };
  }
  return { ok: true, date: date.toISODate()! };
}
