import { parseArgs } from "node:util";
import { isTimeZone } from "../time/time-zones.js";
import type { Clock } from "../clock/clock.js";
import type { DayOffReason } from "../calendar/days-off.js";
import type { Calendar } from "../calendar/load.js";
import { occurrencesBetween, type Occurrence } from "../calendar/occurrences.js";
import { addDays, localDate } from "../time/local-date.js";
import { ACCEPTED_DATE_FORMATS, parseDateInput } from "../time/parse-date.js";
import { LANGUAGES, type Language } from "../calendar/calendar-schema.js";
import type { SearchIndex } from "../calendar/search-index.js";
import type { LookUps } from "../lookup/look-ups.js";
import { fullCitation } from "../render/citation.js";
import { breakLine, dayOffLine, dayOffNote } from "../render/day-off.js";
import { formatDate, renderDay, renderOccurrence } from "../render/observance.js";
import { STRINGS } from "../render/strings.js";
import { OPERATOR_USAGE } from "./operator-commands.js";
import { formatMessage } from "./print.js";

export interface CommandContext {
  calendar: Calendar;
  index: SearchIndex;
  lookUps: LookUps;
  clock: Clock;
  defaultZone: string;
  defaultLanguage: Language;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const USAGE = `Commands:
  today                     what is observed today
  next [--count N]          the next N occurrences (1–50, default 5)
  on <date>                 what is observed on a date, and whether it is a working day
  dayoff [--count N]        the next N breaks from work (holidays, moved rest days; default 5)
  event <id or name>        one observance, its next date and its sources
  search <text>             find observances by name in English, Azerbaijani or Russian
  validate                  check the calendar data; list the movable days, confirmed or expected
Options: --date <date> (instead of today), --tz <IANA zone>, --lang en|az|ru, --json
Dates: ${ACCEPTED_DATE_FORMATS}
${OPERATOR_USAGE}`;

class UsageError extends Error {}

const ok = (stdout: string): CommandResult => ({ exitCode: 0, stdout, stderr: "" });
const json = (value: unknown) => ok(JSON.stringify(value, null, 2));

interface Options {
  positionals: string[];
  lang: Language;
  zone: string;
  today: string;
  json: boolean;
  count: number;
}

function parseOptions(ctx: CommandContext, args: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        date: { type: "string" },
        tz: { type: "string" },
        lang: { type: "string" },
        json: { type: "boolean", default: false },
        count: { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const lang = (values.lang ?? ctx.defaultLanguage) as Language;
  if (!LANGUAGES.includes(lang))
    throw new UsageError(`--lang "${values.lang}" is not supported. Accepted: en, az, ru.`);
  const zone = values.tz ?? ctx.defaultZone;
  if (!isTimeZone(zone)) {
    throw new UsageError(
      `--tz "${zone}" is not an IANA time zone. Accepted: names like Asia/Baku, Europe/Berlin, UTC.`,
    );
  }
  let today = localDate(ctx.clock.now(), zone);
  if (values.date !== undefined) today = parseDate(values.date, today);
  const count = values.count === undefined ? 5 : Number(values.count);
  if (!Number.isInteger(count) || count < 1 || count > 50) {
    throw new UsageError(
      `--count "${values.count}" is not valid. Accepted: a whole number from 1 to 50.`,
    );
  }
  return { positionals, lang, zone, today, json: values.json, count };
}

function parseDate(text: string, today: string): string {
  const result = parseDateInput(text, today);
  if (!result.ok) throw new UsageError(result.error);
  return result.date;
}

/** The words after the command; `usage` says what to type when there are none. */
function requireText(o: Options, what: string, usage: string): string {
  const text = o.positionals.slice(1).join(" ").trim();
  if (!text) throw new UsageError(`Missing ${what}. Usage: ${usage}`);
  return text;
}

/** A reason for a day off as data, with its sentence in the chosen language. */
function reasonJson(r: DayOffReason): Record<string, unknown> {
  switch (r.kind) {
    case "holiday":
      return { kind: r.kind, observances: r.holidays.map((h) => h.observance.id) };
    case "moved":
      return { kind: r.kind, from: r.from, observance: r.holiday.observance.id };
    case "overlap":
      return {
        kind: r.kind,
        from: r.from,
        observance: r.holiday.observance.id,
        with: r.with.observance.id,
      };
    case "transfer":
      return { kind: r.kind, from: r.from, source: r.source };
    case "decision":
      return { kind: r.kind, source: r.source };
  }
}

function day(ctx: CommandContext, o: Options, date: string): CommandResult {
  const { occurrences, status, next } = ctx.lookUps.day(date);
  const note = dayOffNote(status, o.lang);
  if (o.json) {
    return json({
      date,
      nonWorking: status.nonWorking,
      reason: note ? dayOffLine(note) : null,
      dayOff: {
        restDay: status.restDay,
        reasons: status.reasons.map(reasonJson),
        workingInstead: status.workingInstead,
        movedTo: status.movedTo,
        extraDaysOff: status.extraDaysOff,
        expected: status.expected,
      },
      observances: occurrences.map((x) => ({
        id: x.observance.id,
        name: x.names[o.lang],
        kind: x.observance.kind,
        tone: x.observance.tone,
        anniversary: x.anniversary,
        since: x.observance.established ?? null,
        day: x.day,
        days: x.days,
        expected: x.expected,
      })),
    });
  }
  if (occurrences.length)
    return ok(
      renderDay(ctx.calendar, occurrences, status, o.lang, { always: true })
        .map(formatMessage)
        .join("\n\n"),
    );
  const s = STRINGS[o.lang];
  return ok(
    [
      s.nothingOn(formatDate(date, o.lang)),
      ...(note ? [dayOffLine(note)] : []),
      ...(next ? [`${s.nextUp}: ${formatDate(next.date, o.lang)} — ${next.names[o.lang]}`] : []),
    ].join("\n"),
  );
}

function dayoff(ctx: CommandContext, o: Options): CommandResult {
  const breaks = ctx.lookUps.dayOff(o.today, o.count);
  if (o.json) {
    return json({
      from: o.today,
      breaks: breaks.map((b) => ({
        from: b.from,
        to: b.to,
        days: b.days.map((d) => ({
          date: d.date,
          reasons: d.reasons.map(reasonJson),
          expected: d.expected,
        })),
      })),
    });
  }
  const span = (from: string, to: string) =>
    from === to
      ? formatDate(from, o.lang)
      : `${formatDate(from, o.lang)} – ${formatDate(to, o.lang)}`;
  return ok(
    breaks.length
      ? breaks.map((b) => breakLine(b, o.lang, span)).join("\n")
      : STRINGS[o.lang].dayOff.noDaysOff,
  );
}

/** The movable days from the first announced year to four years past this one, announced or expected. */
function movableDays(ctx: CommandContext, o: Options) {
  const movable = ctx.calendar.observances.filter((x) => "hijri" in x.date);
  const announced = movable.flatMap((x) => ("hijri" in x.date ? x.date.announced : []));
  const first = Math.min(...announced.map((a) => Number(a.start.slice(0, 4))));
  const last =
    Math.max(Number(o.today.slice(0, 4)), ...announced.map((a) => Number(a.start.slice(0, 4)))) + 4;
  if (!Number.isFinite(first)) return [];
  const single = { ...ctx.calendar, observances: movable };
  return occurrencesBetween(single, `${first}-01-01`, `${last}-12-31`)
    .filter((x) => x.day === 1)
    .map((x) => ({
      year: Number(x.date.slice(0, 4)),
      id: x.observance.id,
      name: x.names[o.lang],
      from: x.start,
      to: addDays(x.start, x.days - 1),
      status: x.expected ? ("expected" as const) : ("confirmed" as const),
      source:
        ("hijri" in x.observance.date &&
          x.observance.date.announced.find((a) => a.start === x.start)?.source) ||
        null,
    }));
}

function validate(ctx: CommandContext, o: Options): CommandResult {
  const years = ctx.calendar.daysOff.map((y) => y.year);
  const summary = {
    valid: true,
    observances: ctx.calendar.observances.length,
    sources: ctx.calendar.sources.size,
    daysOffAnnounced: years.length ? { from: years[0], to: years.at(-1) } : null,
    movable: movableDays(ctx, o),
  };
  if (o.json) return json(summary);
  const daysOff = summary.daysOffAnnounced
    ? `days off announced ${summary.daysOffAnnounced.from}–${summary.daysOffAnnounced.to}`
    : "no days off announced";
  const lines = summary.movable.map(
    (m) =>
      `  ${m.year}  ${m.from} – ${m.to}  ${m.status.padEnd(9)}  ${m.name}` +
      (m.source ? `  [${m.source}]` : "  [computed: Umm al-Qura]"),
  );
  return ok(
    [
      `The calendar is valid: ${summary.observances} observances, ${summary.sources} sources, ${daysOff}.`,
      "Movable days (confirmed: announced by the Cabinet of Ministers; or expected):",
      ...lines,
    ].join("\n"),
  );
}

function listLine(x: Occurrence, lang: Language): string {
  const years = x.anniversary ? ` (${STRINGS[lang].anniversary(x.anniversary)})` : "";
  return `${x.date}  ${x.names[lang]}${years}`;
}

function next(ctx: CommandContext, o: Options): CommandResult {
  const occurrences = ctx.lookUps.next(o.today, { count: o.count });
  if (o.json) {
    return json({
      from: o.today,
      occurrences: occurrences.map((x) => ({
        date: x.date,
        id: x.observance.id,
        name: x.names[o.lang],
        anniversary: x.anniversary,
      })),
    });
  }
  return ok(occurrences.map((x) => listLine(x, o.lang)).join("\n"));
}

function event(ctx: CommandContext, o: Options): CommandResult {
  const query = requireText(o, "an observance id or name", "event <id or name>");
  const found = ctx.lookUps.event(query, o.today);
  if (!found) throw new UsageError(`No observance matches "${query}". Try: search ${query}`);
  const { observance, next: occurrence, sources } = found;
  if (o.json) {
    const { id, names, kind, tone, established, event } = observance;
    return json({
      id,
      names,
      kind,
      tone,
      since: established ?? null,
      event: event ?? null,
      next: occurrence ? { date: occurrence.date, anniversary: occurrence.anniversary } : null,
      sources: sources.map(({ title, publisher, author, date, url }) => ({
        title,
        publisher,
        author,
        date,
        url,
      })),
    });
  }
  const body = occurrence
    ? formatMessage(renderOccurrence(ctx.calendar, occurrence, o.lang))
    : observance.names[o.lang];
  const list = sources.map(
    (s, i) => `[${i + 1}] ${fullCitation(s, o.lang, (title, url) => `${title} <${url}>`)}`,
  );
  return ok(`${body}\n${list.join("\n")}`);
}

function search(ctx: CommandContext, o: Options): CommandResult {
  const query = requireText(o, "search text", "search <text>");
  const results = ctx.lookUps.search(query, o.today, 10);
  if (o.json) {
    return json({
      query,
      results: results.map((r) => ({
        id: r.observance.id,
        name: r.observance.names[o.lang],
        score: r.score,
      })),
    });
  }
  if (!results.length) return ok(`No observance matches "${query}".`);
  return ok(
    results
      .map((r) => `${r.score.toFixed(2)}  ${r.observance.id}  ${r.observance.names[o.lang]}`)
      .join("\n"),
  );
}

/** Runs one CLI or console command. Bad input gives exit code 2 and a message that says what is accepted. */
export function runCommand(ctx: CommandContext, args: string[]): CommandResult {
  try {
    const o = parseOptions(ctx, args);
    switch (o.positionals[0]) {
      case "today":
        return day(ctx, o, o.today);
      case "on":
        return day(
          ctx,
          o,
          parseDate(
            requireText(o, "a date", `on <date>, with dates like ${ACCEPTED_DATE_FORMATS}`),
            o.today,
          ),
        );
      case "next":
        return next(ctx, o);
      case "event":
        return event(ctx, o);
      case "search":
        return search(ctx, o);
      case "dayoff":
        return dayoff(ctx, o);
      case "validate":
        return validate(ctx, o);
      case "help":
      case undefined:
        return ok(USAGE);
      default:
        throw new UsageError(`Unknown command "${o.positionals[0]}".\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UsageError) return { exitCode: 2, stdout: "", stderr: error.message };
    throw error;
  }
}
