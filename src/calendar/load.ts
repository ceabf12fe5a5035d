import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { z } from "zod";
import { offByRules } from "./days-off.js";
import { checkHijriCalendar } from "./hijri.js";
import {
  dayOffYearSchema,
  observanceSchema,
  sourceSchema,
  type DayOffYear,
  type Observance,
  type Source,
} from "../model/calendar-schema.js";
import type { Calendar } from "../model/calendar-schema.js";

/** One problem in a data file, located by line and entry so that an editor can fix it at once. */
export interface DataIssue {
  file: string;
  line: number;
  entry: string;
  field: string;
  message: string;
}

export class CalendarDataError extends Error {
  constructor(readonly issues: readonly DataIssue[]) {
    super(
      `The calendar data is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n` +
        issues
          .map((i) => `  ${i.file}:${i.line} entry "${i.entry}" field ${i.field}: ${i.message}`)
          .join("\n"),
    );
    this.name = "CalendarDataError";
  }
}

interface ParsedFile {
  file: string;
  doc: Document;
  lines: LineCounter;
  items: unknown[];
}

function parseFile(dir: string, name: string, issues: DataIssue[]): ParsedFile {
  const path = join(dir, name);
  const file = relative(process.cwd(), path) || path;
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, "utf8"), { lineCounter: lines, uniqueKeys: true });
  for (const error of doc.errors) {
    issues.push({
      file,
      line: error.linePos?.[0]?.line ?? 1,
      entry: "-",
      field: "-",
      message: error.message,
    });
  }
  const items = doc.errors.length ? [] : doc.toJS();
  if (!Array.isArray(items)) {
    issues.push({ file, line: 1, entry: "-", field: "-", message: "expected a list of entries" });
    return { file, doc, lines, items: [] };
  }
  return { file, doc, lines, items };
}

/** The line of the deepest node on `path` that exists (a missing field points at its entry). */
function lineOf(parsed: ParsedFile, path: readonly PropertyKey[]): number {
  let node: unknown = parsed.doc.contents;
  let offset = 0;
  for (const key of path) {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) offset = range[0];
    if (isSeq(node)) node = node.items[Number(key)];
    else if (isMap(node)) node = node.get(key as string, true);
    else break;
  }
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return parsed.lines.linePos(range ? range[0] : offset).line;
}

function entryId(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === "string" ? id : `#${index + 1}`;
}

function validate<T>(parsed: ParsedFile, schema: z.ZodType<T>, issues: DataIssue[]): T[] {
  const valid: T[] = [];
  parsed.items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) return void valid.push(result.data);
    for (const issue of result.error.issues) {
      issues.push({
        file: parsed.file,
        line: lineOf(parsed, [index, ...issue.path]),
        entry: entryId(item, index),
        field: issue.path.join(".") || "(entry)",
        message: issue.message,
      });
    }
  });
  return valid;
}

function checkUniqueIds(parsed: ParsedFile, ids: readonly string[], issues: DataIssue[]): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      issues.push({
        file: parsed.file,
        line: lineOf(parsed, [index, "id"]),
        entry: id,
        field: "id",
        message: "duplicate id",
      });
    }
    seen.add(id);
  });
}

type Problem = (path: PropertyKey[], message: string) => void;

function problemsIn(
  parsed: ParsedFile,
  entry: string,
  index: number,
  issues: DataIssue[],
): Problem {
  return (path, message) =>
    issues.push({
      file: parsed.file,
      line: lineOf(parsed, [index, ...path]),
      entry,
      field: path.join("."),
      message,
    });
}

/** The index in the file of the entry that validated to `value`. */
function indexOf(parsed: ParsedFile, key: (item: unknown) => unknown, value: unknown): number {
  return parsed.items.findIndex((item) => key(item) === value);
}

function checkObservances(
  file: ParsedFile,
  observances: readonly Observance[],
  sources: ReadonlyMap<string, Source>,
  issues: DataIssue[],
): void {
  for (const o of observances) {
    const problem = problemsIn(
      file,
      o.id,
      indexOf(file, (i) => entryId(i, -1), o.id),
      issues,
    );
    const cited = (path: PropertyKey[], id: string) => {
      if (!sources.has(id)) problem(path, `unknown source "${id}" (not in sources.yaml)`);
    };
    o.sources.forEach((id, i) => cited(["sources", i], id));
    o.facts.forEach((fact, i) => {
      if (!o.sources.includes(fact.source))
        problem(["facts", i, "source"], `"${fact.source}" is not among the entry's sources`);
    });
    if (o.dayOff) cited(["dayOff", "source"], o.dayOff.source);
    if (o.act) {
      cited(["act", "source"], o.act.source);
      if (o.established !== undefined && Number(o.act.date.slice(0, 4)) !== o.established)
        problem(
          ["act", "date"],
          `the act's year is not the entry's "established" (${o.established})`,
        );
    }
    o.formerDays.forEach((f, i) =>
      f.sources.forEach((id, j) => cited(["formerDays", i, "sources", j], id)),
    );
    if ("hijri" in o.date) {
      o.date.announced.forEach((a, i) => cited(["date", "announced", i, "source"], a.source));
    }
  }
}

/**
 * Each year's decisions must fit the Labour Code's rules: a transfer moves a day off (by the rules)
 * to a working day of the same year, a decided day off falls on a working day, and the years run on
 * without a gap, so that a year left out is never taken for a year without transfers.
 */
function checkDaysOff(
  file: ParsedFile,
  years: readonly DayOffYear[],
  calendar: Calendar,
  issues: DataIssue[],
): void {
  const off = (date: string) => offByRules(calendar, date);
  const transferred = new Set(years.flatMap((y) => y.transfers.map((t) => t.from)));
  years.forEach((y, n) => {
    const problem = problemsIn(
      file,
      String(y.year),
      indexOf(file, (i) => (i as DayOffYear)?.year, y.year),
      issues,
    );
    const cited = (path: PropertyKey[], id: string) => {
      if (!calendar.sources.has(id)) problem(path, `unknown source "${id}" (not in sources.yaml)`);
    };
    if (n > 0 && y.year !== years[n - 1]!.year + 1)
      problem(["year"], `expected ${years[n - 1]!.year + 1}: the years must follow one another`);
    y.sources.forEach((id, i) => cited(["sources", i], id));
    y.transfers.forEach((t, i) => {
      cited(["transfers", i, "source"], t.source);
      if (!t.to.startsWith(`${y.year}-`))
        problem(
          ["transfers", i, "to"],
          `${t.to} is not in ${y.year}: list a transfer in the year of its "to" date`,
        );
      if (!off(t.from))
        problem(
          ["transfers", i, "from"],
          `${t.from} is a working day under the Labour Code's rules, not a day off to transfer`,
        );
      if (off(t.to))
        problem(
          ["transfers", i, "to"],
          `${t.to} is already a day off under the Labour Code's rules`,
        );
    });
    y.daysOff.forEach((d, i) => {
      cited(["daysOff", i, "source"], d.source);
      if (!d.date.startsWith(`${y.year}-`))
        problem(["daysOff", i, "date"], `${d.date} is not in ${y.year}`);
      if (off(d.date) && !transferred.has(d.date))
        problem(
          ["daysOff", i, "date"],
          `${d.date} is already a day off under the Labour Code's rules`,
        );
    });
  });
}

/**
 * Reads and validates `sources.yaml`, `observances.yaml` and `days-off.yaml`; throws
 * CalendarDataError listing every problem.
 */
export function loadCalendar(dir: string): Calendar {
  checkHijriCalendar();
  const issues: DataIssue[] = [];
  const sourceFile = parseFile(dir, "sources.yaml", issues);
  const observanceFile = parseFile(dir, "observances.yaml", issues);
  const daysOffFile = parseFile(dir, "days-off.yaml", issues);
  const sourceList = validate(sourceFile, sourceSchema, issues);
  const observances = validate(observanceFile, observanceSchema, issues);
  const daysOff = validate(daysOffFile, dayOffYearSchema, issues);
  checkUniqueIds(
    sourceFile,
    sourceList.map((s) => s.id),
    issues,
  );
  checkUniqueIds(
    observanceFile,
    observances.map((o) => o.id),
    issues,
  );
  const sources = new Map(sourceList.map((s) => [s.id, s]));
  checkObservances(observanceFile, observances, sources, issues);
  const calendar: Calendar = { observances, sources, daysOff };
  checkDaysOff(daysOffFile, daysOff, calendar, issues);
  if (issues.length) throw new CalendarDataError(issues);
  return calendar;
}
