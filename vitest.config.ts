import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // A request or answer outside Discord's OpenAPI spec fails the test that caused it.
    setupFiles: ["tests/kit/fake-discord/spec-violations-setup.ts"],
    // End-to-end tests start processes and servers; on a busy two-core machine (CI's) they take several
    // times longer than alone. What they wait for is time on the injected clock or an event, never a
    // duration, so a generous ceiling only bounds a hang.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // CI also writes a JSON report, from which .ci/run prints the "N passed, N failed" line.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "var/test-results.json" },
  },
});
