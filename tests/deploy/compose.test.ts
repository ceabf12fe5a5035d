import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DCLinter } from "dclint";
import { describe, expect, it } from "vitest";

/**
 * dclint's errors for a Compose file: YAML, the Compose Specification's JSON schema (compose_spec.json,
 * which dclint ships; anchors and merge keys are resolved first), and its rules at error level, such as
 * two services publishing one host port. Its warnings are style (key order, quotes) and are left out.
 */
function composeErrors(path: string): string[] {
  const linter = new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] });
  // dclint's declarations import without file extensions, which NodeNext resolves to nothing.
  const results = linter.lintFiles([path], false) as { messages: LintMessage[] }[];
  return results
    .flatMap((result) => result.messages)
    .filter((message) => message.type === "error")
    .map((message) => `${message.line}: ${message.message}`);
}

interface LintMessage {
  type: "error" | "warning";
  line: number;
  message: string;
}

describe("compose.yaml", () => {
  const file = join(import.meta.dirname, "../../compose.yaml");

  it("is valid against the Compose Specification", () => {
    expect(composeErrors(file)).toEqual([]);
  });

  it("is checked through its anchors: a key misspelt in the shared bot settings is found", () => {
    const text = readFileSync(file, "utf8");
    const misspelt = text.replace(/^(x-bot:[^]*?\n {2})restart:/m, "$1restrat:");
    expect(misspelt).not.toBe(text);
    const copy = join(mkdtempSync(join(tmpdir(), "yaddash-compose-")), "compose.yaml");
    writeFileSync(copy, misspelt);
    expect(composeErrors(copy).join("\n")).toMatch(/\/services\/bot-0.*additional properties/);
  });
});
