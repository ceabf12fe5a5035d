import { parseArgs } from "node:util";
import { isTimeZone } from "../subscriptions/validate.js";
import type { Clock } from "../clock/clock.js";
import type { Calendar } from "../calendar/load.js";
import {
  localDate,
  nextOccurrenceOf,
  nextOccurrences,
  occurrencesOn,
  type Occurrence,
} from "../calendar/occurrences.js";
import { ACCEPTED_DATE_FORMATS, parseDateInput } from "../calendar/parse-date.js";
import { LANGUAGES, type Language } from "../calendar/schema.js";
import type { SearchIndex } from "../calendar/search.js";
import { fullCitation } from "../render/citation.js";
import { formatDate, renderOccurrence } from "../render/observance.js";
import { STRINGS } from "../render/strings.js";
import { formatMessage } from "./print.js";

export interface CommandContext {
  calendar: Calendar;
  index: SearchIndex;
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
  on <date>                 what is observed on a date
  event <id or name>        one observance, its next date and its sources
  search <text>             find observances by name in English, Azerbaijani or Russian
  validate                  check the calendar data
Options: --date <date> (instead of today), --tz <IANA zone>, --lang en|az|ru, --json
Dates: ${ACCEPTED_DATE_FORMATS}`;

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

function day(ctx: CommandContext, o: Options, date: string): CommandResult {
  const occurrences = occurrencesOn(ctx.calendar, date);
  if (o.json) {
    return json({
      date,
      observances: occurrences.map((x) => ({
        id: x.observance.id,
        name: x.names[o.lang],
        kind: x.observance.kind,
        tone: x.observance.tone,
        anniversary: x.anniversary,
        since: x.observance.established ?? null,
      })),
    });
  }
  if (occurrences.length)
    return ok(
      occurrences.map((x) => formatMessage(renderOccurrence(ctx.calendar, x, o.lang))).join("\n\n"),
    );
  const [next] = nextOccurrences(ctx.calendar, date, { count: 1 });
  const s = STRINGS[o.lang];
  const upcoming = next
    ? `\n${s.nextUp}: ${formatDate(next.date, o.lang)} — ${next.names[o.lang]}`
    : "";
  return ok(s.nothingOn(formatDate(date, o.lang)) + upcoming);
}

function listLine(x: Occurrence, lang: Language): string {
  const years = x.anniversary ? ` (${STRINGS[lang].anniversary(x.anniversary)})` : "";
  return `${x.date}  ${x.names[lang]}${years}`;
}

function next(ctx: CommandContext, o: Options): CommandResult {
  const occurrences = nextOccurrences(ctx.calendar, o.today, { count: o.count });
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
  const [best] = ctx.index.search(query, 1);
  if (!best) throw new UsageError(`No observance matches "${query}". Try: search ${query}`);
  const occurrence = nextOccurrenceOf(ctx.calendar, best.observance, o.today);
  const sources = best.observance.sources.map((id) => ctx.calendar.sources.get(id)!);
  if (o.json) {
    const { id, names, kind, tone, established, event } = best.observance;
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
    : best.observance.names[o.lang];
  const list = sources.map(
    (s, i) => `[${i + 1}] ${fullCitation(s, o.lang, (title, url) => `${title} <${url}>`)}`,
  );
  return ok(`${body}\n${list.join("\n")}`);
}

function search(ctx: CommandContext, o: Options): CommandResult {
  const query = requireText(o, "search text", "search <text>");
  const results = ctx.index.search(query, 10);
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
      case "validate": {
        const summary = {
          valid: true,
          observances: ctx.calendar.observances.length,
          sources: ctx.calendar.sources.size,
        };
        return o.json
          ? json(summary)
          : ok(
              `The calendar is valid: ${summary.observances} observances, ${summary.sources} sources.`,
            );
      }
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
