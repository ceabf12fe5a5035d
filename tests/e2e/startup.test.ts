import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync, cpSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/lifecycle/startup-failure.js";
import { makeGuild, makeUser } from "../kit/fake-discord/fixtures.js";
import { startFakeDiscord, type FakeDiscord } from "../kit/fake-discord/server.js";
import { tempDatabaseUrl } from "../kit/bot-harness.js";

interface Run {
  code: number | null;
  stderr: string;
  stdout: string;
}

/** Runs `npm start`'s process until it exits. */
async function start(env: Record<string, string>): Promise<Run> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, LOG_LEVEL: "info", DATA_DIR: "data", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stderr, stdout };
}

describe("start-up failures: one line that names the cause, an exit code per cause", () => {
  let discord: FakeDiscord;
  let base: Record<string, string>;
  beforeAll(async () => {
    discord = await startFakeDiscord();
    discord.addGuild(makeGuild("g", makeUser("owner").id));
    base = { DISCORD_TOKEN: discord.token, DISCORD_API_BASE: discord.apiBase };
  });
  afterAll(() => discord.close());

  const oneLine = (run: Run) => {
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    return run.stderr.trim();
  };

  it("a token Discord rejects", async () => {
    const run = await start({
      ...base,
      DISCORD_TOKEN: "not-the-token",
      DATABASE_URL: tempDatabaseUrl(),
    });
    expect(run.code).toBe(EXIT.tokenRejected);
    expect(oneLine(run)).toMatch(
      /^yaddash cannot start\. Discord rejected DISCORD_TOKEN\. Reset the token/,
    );
    expect(run.stderr).not.toContain("not-the-token");
  });

  it("Discord unreachable", async () => {
    const run = await start({
      ...base,
      DISCORD_API_BASE: "http://127.0.0.1:9/api",
      DATABASE_URL: tempDatabaseUrl(),
    });
    expect(run.code).toBe(EXIT.discordUnreachable);
    expect(oneLine(run)).toMatch(
      /^yaddash cannot start\. Cannot reach Discord at http:\/\/127\.0\.0\.1:9\/api/,
    );
  });

  it("an invalid environment, naming the variable (plain http is refused but for loopback)", async () => {
    const run = await start({ ...base, DISCORD_API_BASE: "http://discord.example/api" });
    expect(run.code).toBe(EXIT.config);
    expect(oneLine(run)).toContain("DISCORD_API_BASE: must be https://");
  });

  it("invalid calendar data, naming the file and line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "yaddash-data-"));
    cpSync("data", dir, { recursive: true });
    writeFileSync(join(dir, "observances.yaml"), "- id: broken\n  names: { en: Broken }\n");
    const run = await start({ ...base, DATA_DIR: dir });
    expect(run.code).toBe(EXIT.calendarData);
    expect(run.stderr).toMatch(/^yaddash cannot start\. The calendar data is invalid/);
    expect(run.stderr).toMatch(/observances\.yaml:2 entry "broken"/);
  });

  it.each([
    ["HTTP_PORT", "the public page and feed"],
    ["OPS_PORT", "the health and metrics"],
  ])("an %s another program holds", async (setting, serves) => {
    const taken = createServer().listen(0, "127.0.0.1");
    await once(taken, "listening");
    try {
      const port = (taken.address() as AddressInfo).port;
      const run = await start({
        ...base,
        DATABASE_URL: tempDatabaseUrl(),
        [setting]: String(port),
      });
      expect(run.code).toBe(EXIT.config);
      expect(oneLine(run)).toMatch(
        new RegExp(
          `^yaddash cannot start\\. Cannot listen for ${serves} \\(listen EADDRINUSE.*\\)\\. Choose another ${setting}, or leave it unset\\.$`,
        ),
      );
    } finally {
      taken.close();
    }
  });

  it("a SQLite file that is not a database", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "yaddash-")), "y.sqlite");
    writeFileSync(
      file,
      "this is not a database, just some text that is long enough to have a header",
    );
    const run = await start({ ...base, DATABASE_URL: `file:${file}` });
    expect(run.code).toBe(EXIT.store);
    expect(oneLine(run)).toMatch(
      /^yaddash cannot start\. The store cannot be used: .*not a database/,
    );
  });

  it("a second process on the same SQLite file stops, and the first goes on", async () => {
    const databaseUrl = tempDatabaseUrl();
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { ...process.env, ...base, DATABASE_URL: databaseUrl, LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    try {
      await expect.poll(() => output, { timeout: 60_000 }).toContain("connected to Discord");
      const second = await start({ ...base, DATABASE_URL: databaseUrl });
      expect(second.code).toBe(EXIT.store);
      expect(oneLine(second)).toMatch(/is in use by another yaddash process/);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  });

  it("LOG_LEVEL=debug adds the stack", async () => {
    const run = await start({
      ...base,
      DISCORD_TOKEN: "not-the-token",
      DATABASE_URL: tempDatabaseUrl(),
      LOG_LEVEL: "debug",
    });
    expect(run.code).toBe(EXIT.tokenRejected);
    expect(run.stderr).toMatch(/\n\s+at /);
  });
});
