import { DateTime } from "luxon";
import type { Calendar } from "../model/calendar-schema.js";
import { occurrencesBetween, type Occurrence } from "./occurrences.js";
import { addDays } from "../time/local-date.js";
import { type IsoDate } from "../model/iso-date.js";
import type { DayOffYear, LocalizedText } from "../model/calendar-schema.js";
import { perYear } from "./recent-years.js";
import { snapshotOf } from "./live-calendar.js";

/** Why a day is not a working day. */
export type DayOffReason =
  | { kind: "holiday"; holidays: Occurrence[] }
  /** Labour Code Art. 105.5: a holiday fell on the rest day `from`, and that rest day moved here. */
  | { kind: "moved"; from: IsoDate; holiday: Occurrence }
  /** Art. 105.6: on `from`, an Eid coincided with another non-working holiday. */
  | { kind: "overlap"; from: IsoDate; holiday: Occurrence; with: Occurrence }
  /** A Cabinet of Ministers decision made the day off `from` a working day, and this day a day off. */
  | { kind: "transfer"; from: IsoDate; source: string }
  | { kind: "decision"; reason: LocalizedText; source: string };

export interface DayStatus {
  date: IsoDate;
  /** null for a year before the first whose days off the calendar models. */
  nonWorking: boolean | null;
  restDay: boolean;
  reasons: DayOffReason[];
  /** A rest day or day off made a working day by a Cabinet decision: the day off it became. */
  workingInstead: { to: IsoDate; source: string } | null;
  /** Where the day off this date gave up went (a holiday on a rest day, or one transferred away). */
  movedTo: IsoDate[];
  /** The days off an Eid on another holiday this date adds (Art. 105.6). */
  extraDaysOff: IsoDate[];
  /** Worked out by the rules for a year whose transfers the Cabinet has not announced, or from an expected date. */
  expected: boolean;
}

const isRestDay = (date: IsoDate) => DateTime.fromISO(date, { zone: "utc" }).weekday >= 6;

interface YearModel {
  holidays: Map<IsoDate, Occurrence[]>;
  added: Map<IsoDate, DayOffReason[]>;
  movedTo: Map<IsoDate, IsoDate[]>;
  extra: Map<IsoDate, IsoDate[]>;
  working: Map<IsoDate, { to: IsoDate; source: string }>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) =>
  map.set(key, [...(map.get(key) ?? []), value]);

/**
 * The days off around `year` under the Labour Code (Art. 105.5 and 105.6) and the given decisions.
 * It covers December before to January after, so that a holiday at the turn of the year moves right.
 */
function modelYear(calendar: Calendar, year: number, decisions: readonly DayOffYear[]): YearModel {
  const holidays = new Map<IsoDate, Occurrence[]>();
  for (const o of occurrencesBetween(calendar, `${year - 1}-12-01`, `${year + 1}-01-31`)) {
    const rule = o.observance.dayOff;
    if (rule && (rule.since ?? -Infinity) <= Number(o.date.slice(0, 4))) push(holidays, o.date, o);
  }
  const model: YearModel = {
    holidays,
    added: new Map(),
    movedTo: new Map(),
    extra: new Map(),
    working: new Map(),
  };
  const free = (d: IsoDate) => isRestDay(d) || holidays.has(d) || model.added.has(d);
  const moveFrom = (from: IsoDate, reason: DayOffReason, log: Map<IsoDate, IsoDate[]>) => {
    let to = addDays(from, 1);
    while (free(to)) to = addDays(to, 1);
    push(model.added, to, reason);
    push(log, from, to);
  };
  const dates = [...holidays.keys()].sort();
  // Rest days first, then the Eids' extra days: the order in which the Cabinet's reports count them
  // (2026: Novruz's moved rest days 25 and 26 March, Ramazan's extra days 27 and 30 March).
  for (const date of dates) {
    const moving = holidays.get(date)!.filter((h) => h.observance.dayOff!.moves);
    const holiday = moving.find((h) => !h.observance.dayOff!.extraDayOnOverlap) ?? moving[0];
    if (isRestDay(date) && holiday)
      moveFrom(date, { kind: "moved", from: date, holiday }, model.movedTo);
  }
  for (const date of dates) {
    const onDate = holidays.get(date)!;
    for (const holiday of onDate.filter((h) => h.observance.dayOff!.extraDayOnOverlap)) {
      const other = onDate.find((h) => h.observance !== holiday.observance);
      if (other) moveFrom(date, { kind: "overlap", from: date, holiday, with: other }, model.extra);
    }
  }
  for (const decision of decisions) {
    for (const { from, to, source } of decision.transfers) {
      model.working.set(from, { to, source });
      push(model.added, to, { kind: "transfer", from, source });
    }
    for (const { date, reason, source } of decision.daysOff) {
      push(model.added, date, { kind: "decision", reason, source });
    }
  }
  return model;
}

const rulesOnly = new WeakMap<Calendar, Map<number, YearModel>>();

/** Whether the Labour Code's rules alone, without any Cabinet decision, make `date` a day off. */
export function offByRules(calendar: Calendar, date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  const model = perYear(rulesOnly, snapshotOf(calendar), year, () => modelYear(calendar, year, []));
  return isRestDay(date) || model.holidays.has(date) || model.added.has(date);
}

const models = new WeakMap<Calendar, Map<number, YearModel>>();

const yearModel = (calendar: Calendar, year: number): YearModel =>
  perYear(models, snapshotOf(calendar), year, () =>
    modelYear(
      calendar,
      year,
      calendar.daysOff.filter((d) => Math.abs(d.year - year) <= 1),
    ),
  );

/** Whether `date` is a working day, and why not. */
export function dayStatus(calendar: Calendar, date: IsoDate): DayStatus {
  const year = Number(date.slice(0, 4));
  const model = yearModel(calendar, year);
  const holidays = model.holidays.get(date) ?? [];
  // A day off decided later (29 March 2020, a quarantine day) wins over an earlier transfer.
  const decided = model.added.get(date)?.some((r) => r.kind === "decision") ?? false;
  const workingInstead = decided ? null : (model.working.get(date) ?? null);
  const reasons: DayOffReason[] = workingInstead
    ? []
    : [
        ...(holidays.length ? [{ kind: "holiday" as const, holidays }] : []),
        ...(model.added.get(date) ?? []),
      ];
  // A day off that moved on, once or twice (a holiday's moved rest day, then transferred by the Cabinet).
  const lastMove = (to: IsoDate) => model.working.get(to)?.to ?? to;
  const movedTo = (model.movedTo.get(date) ?? []).map(lastMove);
  const extraDaysOff = (model.extra.get(date) ?? []).map(lastMove);
  if (workingInstead) movedTo.push(workingInstead.to);
  const restDay = isRestDay(date);
  const first = calendar.daysOff[0]?.year;
  const last = calendar.daysOff.at(-1)?.year ?? -Infinity;
  const fromExpected = reasons.some(
    (r) =>
      (r.kind === "holiday" && r.holidays.some((h) => h.expected)) ||
      ((r.kind === "moved" || r.kind === "overlap") && r.holiday.expected),
  );
  return {
    date,
    nonWorking:
      first === undefined || year < first
        ? null
        : !workingInstead && (restDay || reasons.length > 0),
    restDay,
    reasons,
    workingInstead,
    movedTo,
    extraDaysOff,
    expected: year > last || fromExpected,
  };
}

/** A run of consecutive days off that holds more than an ordinary weekend. */
export interface Break {
  from: IsoDate;
  to: IsoDate;
  days: DayStatus[];
}

/** The next `count` breaks that end on or after `from` and begin within a year of it. */
export function nextBreaks(calendar: Calendar, from: IsoDate, count: number): Break[] {
  const breaks: Break[] = [];
  const end = addDays(from, 366);
  let run: DayStatus[] = [];
  const close = () => {
    if (run.some((d) => d.reasons.length)) {
      breaks.push({ from: run[0]!.date, to: run.at(-1)!.date, days: run });
    }
    run = [];
  };
  for (
    let date = from;
    breaks.length < count && (run.length || date <= end);
    date = addDays(date, 1)
  ) {
    const status = dayStatus(calendar, date);
    if (status.nonWorking === null) break;
    if (status.nonWorking) run.push(status);
    else close();
  }
  return breaks;
}
