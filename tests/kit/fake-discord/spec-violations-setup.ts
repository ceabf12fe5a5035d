import { afterAll, afterEach } from "vitest";
import { formatViolations, takeUnreported } from "./spec-violations.js";

// A request the bot made, or an answer the test server gave, outside Discord's OpenAPI spec fails the
// test during which it happened (vitest runs this file's afterEach after the test file's own, so
// requests made while a test closes its bot count too); one made in a file's afterAll fails the file.
function failOnViolations(): void {
  const found = takeUnreported();
  if (found.length)
    throw new Error(
      `${found.length} request(s) or answer(s) outside Discord's OpenAPI spec ` +
        `(tests/kit/fake-discord/openapi-check.ts):\n${formatViolations(found)}`,
    );
}

afterEach(failOnViolations);
afterAll(failOnViolations);
