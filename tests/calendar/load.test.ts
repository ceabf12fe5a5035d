import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CalendarDataError, loadCalendar } from "../../src/calendar/load.js";
import { realCalendar } from "../kit/helpers.js";

function brokenCopy(edit: (text: string) => string, name = "observances.yaml"): string {
  const dir = mkdtempSync(join(tmpdir(), "yaddash-data-"));
  cpSync("data", dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  return dir;
}

/** The line an issue names, as written in the broken copy. */
const lineOf = (dir: string, name: string, line: number) =>
  readFileSync(join(dir, name), "utf8").split("\n")[line - 1];

function loadError(dir: string): CalendarDataError {
  try {
    loadCalendar(dir);
  } catch (error) {
    if (error instanceof CalendarDataError) return error;
    throw error;
  }
  throw new Error("the broken data loaded without error");
}

describe("loading the calendar", () => {
  it("loads and validates the project's data", () => {
    const calendar = realCalendar();
    expect(calendar.observances.length).toBeGreaterThanOrEqual(30);
    expect(new Set(calendar.observances.map((o) => o.id)).size).toBe(calendar.observances.length);
  });

  it("names the file, the line, the entry and the field of a bad value", () => {
    const dir = brokenCopy((text) =>
      text.replace("date: { month: 11, day: 8 }", "date: { month: 11, day: 31 }"),
    );
    const error = loadError(dir);
    const issue = error.issues.find((i) => i.entry === "victory-day")!;
    expect(issue.field).toBe("date");
    expect(issue.file).toMatch(/observances\.yaml$/);
    const lines = readFileSync(join(dir, "observances.yaml"), "utf8").split("\n");
    expect(lines[issue.line - 1]).toContain("day: 31");
    expect(error.message).toContain(
      `observances.yaml:${issue.line} entry "victory-day" field date`,
    );
  });

  it("rejects more than four sources, and an act whose year is not the entry's", () => {
    const error = loadError(
      brokenCopy((text) =>
        text
          .replace(
            "sources: [azerbaijan-az-labour-code-105, legalacts-1992-holidays-law]",
            "sources: [azerbaijan-az-labour-code-105, legalacts-1992-holidays-law, unsc-822, unsc-853, unsc-874]",
          )
          .replace(
            "date: 1998-03-26, source: soyqirim-az-2812",
            "date: 1999-03-26, source: soyqirim-az-2812",
          ),
      ),
    );
    expect(error.issues.map((i) => [i.entry, i.field])).toEqual(
      expect.arrayContaining([
        ["womens-day", "sources"],
        ["genocide-of-azerbaijanis-day", "act.date"],
      ]),
    );
  });

  it("reports a missing required field at its entry", () => {
    const error = loadError(brokenCopy((text) => text.replace("  tone: mourning\n", "")));
    expect(error.issues[0]).toMatchObject({ entry: "national-mourning-day", field: "tone" });
  });

  it("rejects a source that sources.yaml does not list, and a fact citing a source outside the entry", () => {
    const error = loadError(
      brokenCopy((text) =>
        text
          .replace(
            "sources: [metbuat-2024-01-20-january-not-moved, bizimlider-2022-20-january]",
            "sources: [no-such-source]",
          )
          .replace("source: justiceforkhojaly-28th-anniversary-2020\n", "source: unsc-822\n"),
      ),
    );
    expect(error.issues.map((i) => [i.entry, i.field])).toEqual(
      expect.arrayContaining([
        ["national-mourning-day", "sources.0"],
        ["khojaly-genocide-day", "facts.0.source"],
      ]),
    );
  });

  it("rejects duplicate ids and reports YAML syntax errors with their line", () => {
    const duplicate = loadError(
      brokenCopy((text) => text.replace("- id: shusha-city-day", "- id: victory-day")),
    );
    expect(duplicate.issues).toContainEqual(
      expect.objectContaining({ entry: "victory-day", field: "id", message: "duplicate id" }),
    );
    const syntax = loadError(brokenCopy((text) => `${text}\n- id: [unclosed\n`));
    expect(syntax.issues[0]!.line).toBeGreaterThan(700);
  });

  it("checks the movable days: a real Hijri day, and announced dates in order", () => {
    const dir = brokenCopy((text) =>
      text
        .replace("hijri: { month: 10, day: 1 }", "hijri: { month: 10, day: 31 }")
        .replace(
          "{ start: 2021-07-20, source: sputnik-az-holiday-dates-2021 }",
          "{ start: 2019-07-20, source: nowhere }",
        ),
    );
    const error = loadError(dir);
    const fields = error.issues.map((i) => [i.entry, i.field]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ["ramazan-bayrami", "date.hijri.day"],
        ["qurban-bayrami", "date"],
      ]),
    );
    const day = error.issues.find((i) => i.field === "date.hijri.day")!;
    expect(lineOf(dir, "observances.yaml", day.line)).toContain("day: 31");
  });

  it("checks each year's days off against the Labour Code's rules, with the file and line", () => {
    const dir = brokenCopy(
      (text) =>
        text
          .replace("{ from: 2025-03-10, to: 2025-03-27,", "{ from: 2025-03-11, to: 2025-03-27,")
          .replace("{ from: 2021-07-17, to: 2021-07-19,", "{ from: 2021-07-17, to: 2021-07-20,")
          .replace("- year: 2023", "- year: 2033"),
      "days-off.yaml",
    );
    const error = loadError(dir);
    const issues = error.issues.map((i) => [i.entry, i.field, i.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        [
          "2025",
          "transfers.1.from",
          expect.stringContaining("is a working day under the Labour Code's rules"),
        ],
        ["2021", "transfers.2.to", expect.stringContaining("already a day off")],
        ["2033", "year", expect.stringContaining("expected 2023")],
      ]),
    );
    const from = error.issues.find((i) => i.field === "transfers.1.from")!;
    expect(lineOf(dir, "days-off.yaml", from.line)).toContain("2025-03-11");
    expect(error.message).toMatch(/days-off\.yaml:\d+ entry "2025" field transfers\.1\.from/);
  });
});
