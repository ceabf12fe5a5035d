import { parseArgs } from "node:util";
import { isTimeZone } from "../time/time-zones.js";
import type { Clock } from "../clock/clock.js";
import type { DayOffReason } from "../calendar/days-off.js";
import type { Calendar } from "../model/calendar-schema.js";
import { occurrencesBetween, type Occurrence } from "../calendar/occurrences.js";
import { addDays, localDate } from "../time/local-date.js";
import { ACCEPTED_DATE_FORMATS, parseDateInput } from "../time/parse-date.js";
import { isLanguage, type Language } from "../model/calendar-schema.js";
import type { SearchIndex } from "../calendar/search-index.js";
import type { LookUps } from "../lookup/look-ups.js";
import { citationParts, fullCitation } from "../render/citation.js";
import { breakLine, dayOffLine, dayOffNote } from "../render/day-off.js";
import { formatDate, formatDateSpan } from "../i18n/dates.js";
import { nothingOnDay } from "../render/nothing-on-day.js";
import { renderDay, renderOccurrence } from "../render/observance.js";
import { occurrenceName } from "../render/occurrence-name.js";
import { AppError, invalid, notFound } from "../errors/app-error.js";
import { inLanguage, localText, translate, translator, type LocalText } from "../i18n/translate.js";
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

/** The help: the look-ups, then the operators' commands. */
export const usage = (lang: Language) =>
  `${translate(lang, "console.usage", { dates: ACCEPTED_DATE_FORMATS })}\n${translate(lang, "operator.usage")}`;

const ok = (stdout: string): CommandResult => ({ exitCode: 0, stdout, stderr: "" });
const refused = (stderr: string): CommandResult => ({ exitCode: 2, stdout: "", stderr });
const json = (value: unknown) => ok(JSON.stringify(value, null, 2));

interface Options {
  positionals: string[];
  lang: Language;
  zone: string;
  today: string;
  json: boolean;
  count: number;
}

const parseArguments = (args: string[]) =>
  parseArgs({
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

type Arguments = ReturnType<typeof parseArguments>;

/** The language asked for (else the default); one that is not ours is refused in the default. */
function chosenLanguage(ctx: CommandContext, { values }: Arguments): Language {
  const lang = values.lang ?? ctx.defaultLanguage;
  if (!isLanguage(lang))
    throw invalid(localText("console.badLanguage", { value: String(values.lang) }));
  return lang;
}

function parseOptions(
  ctx: CommandContext,
  { values, positionals }: Arguments,
  lang: Language,
): Options {
  const zone = values.tz ?? ctx.defaultZone;
  if (!isTimeZone(zone)) throw invalid(localText("console.badZone", { value: zone }));
  let today = localDate(ctx.clock.now(), zone);
  if (values.date !== undefined) today = parseDate(values.date, today);
  const count = values.count === undefined ? 5 : Number(values.count);
  if (!Number.isInteger(count) || count < 1 || count > 50)
    throw invalid(localText("console.badCount", { value: String(values.count) }));
  return { positionals, lang, zone, today, json: values.json, count };
}

function parseDate(text: string, today: string): string {
  const result = parseDateInput(text, today);
  if (!result.ok) throw invalid(result.error);
  return result.date;
}

/** The words after the command; `missing` says what to type when there are none. */
function requireText(o: Options, missing: LocalText): string {
  const text = o.positionals.slice(1).join(" ").trim();
  if (!text) throw invalid(missing);
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
      reason: note ? dayOffLine(note, status) : null,
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
  return ok(
    nothingOnDay(
      date,
      status,
      next,
      o.lang,
      (x) => `${formatDate(x.date, o.lang)} — ${occurrenceName(x, o.lang)}`,
    ),
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
  const span = (from: string, to: string) => formatDateSpan(from, to, o.lang);
  return ok(
    breaks.length
      ? breaks.map((b) => breakLine(b, o.lang, span)).join("\n")
      : translate(o.lang, "dayOff.none"),
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
    daysOffAnnounced: years.length ? { from: years[0]!, to: years.at(-1)! } : null,
    movable: movableDays(ctx, o),
  };
  if (o.json) return json(summary);
  const t = translator(o.lang);
  const announced = summary.daysOffAnnounced;
  const daysOff = announced
    ? t("console.daysOffAnnounced", announced)
    : t("console.noDaysOffAnnounced");
  const status = { confirmed: t("console.confirmed"), expected: t("console.expected") };
  const width = Math.max(...Object.values(status).map((s) => s.length));
  const lines = summary.movable.map(
    (m) =>
      `  ${m.year}  ${m.from} – ${m.to}  ${status[m.status].padEnd(width)}  ${m.name}` +
      `  [${m.source ?? t("console.computed")}]`,
  );
  return ok(
    [
      t("console.valid", {
        observances: t("console.observances", { count: summary.observances }),
        sources: t("about.sources", { count: summary.sources }),
        daysOff,
      }),
      t("console.movable"),
      ...lines,
    ].join("\n"),
  );
}

function listLine(x: Occurrence, lang: Language): string {
  return `${x.date}  ${occurrenceName(x, lang)}`;
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
  const query = requireText(o, localText("console.missingEvent"));
  const found = ctx.lookUps.event(query, o.today);
  if (!found) throw notFound(localText("console.noEvent", { query }));
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
      sources: sources.map((source) => {
        const { title, date } = citationParts(source, o.lang);
        const { publisher } = source;
        return {
          title,
          publisher: typeof publisher === "object" ? publisher[o.lang] : publisher,
          author: source.author,
          date: source.date === undefined ? undefined : date,
          url: source.url,
        };
      }),
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
  const query = requireText(o, localText("console.missingSearch"));
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
  if (!results.length) return ok(translate(o.lang, "console.noSearchResult", { query }));
  return ok(
    results
      .map((r) => `${r.score.toFixed(2)}  ${r.observance.id}  ${r.observance.names[o.lang]}`)
      .join("\n"),
  );
}

/**
 * Runs one CLI or console command. Bad input gives exit code 2 and a message that says what is
 * accepted: node's own for arguments it cannot parse, else the AppError's, in the language asked for.
 */
export function runCommand(ctx: CommandContext, args: string[]): CommandResult {
  let parsed;
  try {
    parsed = parseArguments(args);
  } catch (error) {
    return refused((error as Error).message);
  }
  let lang = ctx.defaultLanguage;
  try {
    lang = chosenLanguage(ctx, parsed);
    const o = parseOptions(ctx, parsed, lang);
    switch (o.positionals[0]) {
      case "today":
        return day(ctx, o, o.today);
      case "on":
        return day(
          ctx,
          o,
          parseDate(
            requireText(o, localText("console.missingDate", { dates: ACCEPTED_DATE_FORMATS })),
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
        return ok(usage(o.lang));
      default: {
        const unknown = translate(lang, "console.unknownCommand", { value: o.positionals[0] });
        return refused(`${unknown}\n${usage(lang)}`);
      }
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return refused(inLanguage(lang, error.text));
  }
}
