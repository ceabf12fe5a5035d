import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const env = {
  ...process.env,
  DISCORD_TOKEN: "",
  DATA_DIR: "data",
  DEFAULT_TIMEZONE: "",
  LOG_LEVEL: "",
};

function spawn(
  script: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
) {
  return spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    encoding: "utf8",
    input: options.input ?? "",
    env: options.env ?? env,
    timeout: 30_000,
  });
}

describe("the CLI and console mode as processes", () => {
  it("the CLI prints JSON and exits 0, and exits 2 on bad input", () => {
    const ok = spawn("src/cli/run-cli.ts", ["on", "25 ноября", "--json", "--date", "2025-01-01"]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).observances[0]).toMatchObject({
      id: "kalbajar-city-day",
      anniversary: 5,
    });
    const bad = spawn("src/cli/run-cli.ts", ["on", "31.02"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('"31.02" is not a real date');
  });

  it("exits 1 naming the file, line, entry and field when the data is invalid", () => {
    const dir = mkdtempSync(join(tmpdir(), "yaddash-data-"));
    cpSync("data", dir, { recursive: true });
    writeFileSync(join(dir, "observances.yaml"), "- id: broken\n  names: { en: Broken }\n");
    const result = spawn("src/cli/run-cli.ts", ["validate"], { env: { ...env, DATA_DIR: dir } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/observances\.yaml:2 entry "broken" field names\.az/);
  });

  it("exits 1 naming the variable when the environment is invalid", () => {
    const result = spawn("src/cli/run-cli.ts", ["today"], {
      env: { ...env, DEFAULT_TIMEZONE: "Nowhere/City" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DEFAULT_TIMEZONE: not an IANA time zone");
  });

  it("npm start without a token runs console mode: one line, today's posts, then look-ups", () => {
    const result = spawn("src/main.ts", [], {
      input: "search kelbe\non 8 noyabr --lang az\nexit\n",
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe(
      "DISCORD_TOKEN is not set: console mode, offline. Today's posts (Asia/Baku):",
    );
    expect(result.stdout).toMatch(/kalbajar-city-day {2}Kalbajar City Day/);
    expect(result.stdout).toContain("== Zəfər Günü — ");
  });
});
