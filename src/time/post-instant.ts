import { DateTime } from "luxon";
import type { Checked } from "../subscriptions/validate.js";
import type { IsoDate } from "../model/iso-date.js";
import { localText } from "../i18n/translate.js";

const wallClock = (t: DateTime) =>
  `${t.year}-${String(t.month).padStart(2, "0")}-${String(t.day).padStart(2, "0")} ${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;

// Subscriptions share schedules: remember recent answers (a tick asks the same few many times).
const MEMO_LIMIT = 10_000;
const memo = new Map<string, DateTime>();

/**
 * The instant of a local post time on a local date, in an IANA zone. A time that does not exist that
 * day (spring forward) posts at the first valid minute after it; a time that occurs twice (fall back)
 * posts at the first of the two.
 */
export function postInstant(date: IsoDate, postTime: string, zone: string): DateTime {
  const key = `${date} ${postTime} ${zone}`;
  let instant = memo.get(key);
  if (!instant) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, (instant = computePostInstant(date, postTime, zone)));
  }
  return instant;
}

function computePostInstant(date: IsoDate, postTime: string, zone: string): DateTime {
  const [hour, minute] = postTime.split(":").map(Number);
  const wanted = `${date} ${postTime}`;
  let t = DateTime.fromISO(date, { zone }).set({ hour, minute, second: 0, millisecond: 0 });
  if (wallClock(t) !== wanted) {
    // In a gap luxon moves the time forward by the gap's length; walk back to where the gap ends.
    while (wallClock(t.minus({ minutes: 1 })) > wanted) t = t.minus({ minutes: 1 });
    return t;
  }
  const shift = t.offset - t.minus({ hours: 3 }).offset;
  const earlier = t.plus({ minutes: shift });
  return shift < 0 && wallClock(earlier) === wanted ? earlier : t;
}

export function checkPostTime(text: string): Checked<string> {
  const m = text.trim().match(/^([01]?\d|2[0-3]):([0-5]\d)$/);
  if (!m) return { ok: false, error: localText("error.notATime", { value: text }) };
  return { ok: true, value: `${m[1]!.padStart(2, "0")}:${m[2]}` };
}
