/**
 * Where the test servers of a test file put what they saw outside Discord's OpenAPI spec
 * (openapi-check.ts), for the setup file that fails the test (spec-violations-setup.ts). Kept apart
 * from the check so that the setup file does not load the spec in test files that start no server.
 */

export interface Violation {
  method: string;
  path: string;
  /** What broke the description: the bot's request or the test server's answer. */
  side: "request" | "answer";
  message: string;
}

const unreported: Violation[] = [];

export function report(violation: Violation): void {
  unreported.push(violation);
}

/** Takes back violations that a test expected (they are then no longer reported). */
export function withdraw(violations: Violation[]): void {
  for (const v of violations) {
    const at = unreported.indexOf(v);
    if (at >= 0) unreported.splice(at, 1);
  }
}

/** Violations recorded by any server since the last call. */
export function takeUnreported(): Violation[] {
  return unreported.splice(0);
}

/** One line per violation, for an error message or a benchmark's report. */
export function formatViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.method} ${v.path} (${v.side}): ${v.message}`).join("\n");
}
