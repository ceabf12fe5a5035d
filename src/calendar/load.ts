import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { z } from "zod";
import { observanceSchema, sourceSchema, type Observance, type Source } from "./schema.js";

export interface Calendar {
  readonly observances: readonly Observance[];
  readonly sources: ReadonlyMap<string, Source>;
}

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

/** Reads and validates `sources.yaml` and `observances.yaml`; throws CalendarDataError listing every problem. */
export function loadCalendar(dir: string): Calendar {
  const issues: DataIssue[] = [];
  const sourceFile = parseFile(dir, "sources.yaml", issues);
  const observanceFile = parseFile(dir, "observances.yaml", issues);
  const sourceList = validate(sourceFile, sourceSchema, issues);
  const observances = validate(observanceFile, observanceSchema, issues);
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
  const where = (o: Observance, path: PropertyKey[]) =>
    lineOf(observanceFile, [
      observanceFile.items.findIndex((item) => entryId(item, -1) === o.id),
      ...path,
    ]);
  for (const o of observances) {
    const problem = (path: PropertyKey[], message: string) =>
      issues.push({
        file: observanceFile.file,
        line: where(o, path),
        entry: o.id,
        field: path.join("."),
        message,
      });
    o.sources.forEach((id, i) => {
      if (!sources.has(id)) problem(["sources", i], `unknown source "${id}" (not in sources.yaml)`);
    });
    o.facts.forEach((fact, i) => {
      if (!o.sources.includes(fact.source))
        problem(["facts", i, "source"], `"${fact.source}" is not among the entry's sources`);
    });
  }
  if (issues.length) throw new CalendarDataError(issues);
  return { observances, sources };
}
