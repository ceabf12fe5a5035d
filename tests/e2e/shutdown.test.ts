import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuild, makeUser } from "../kit/fake-discord/fixtures.js";
import { startFakeDiscord, type FakeDiscord } from "../kit/fake-discord/server.js";
import { tempDatabaseUrl } from "../kit/bot-harness.js";

describe("npm start with a token", () => {
  let discord: FakeDiscord;
  beforeAll(async () => {
    discord = await startFakeDiscord();
    discord.addGuild(makeGuild("g", makeUser("owner").id));
  });
  afterAll(() => discord.close());

  it.each(["SIGTERM", "SIGINT"] as const)(
    "connects, then shuts down cleanly on %s",
    async (signal) => {
      const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
        env: {
          ...process.env,
          DISCORD_TOKEN: discord.token,
          DISCORD_API_BASE: discord.apiBase,
          LOG_LEVEL: "info",
          DATABASE_URL: tempDatabaseUrl(),
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      await expect.poll(() => output, { timeout: 60_000 }).toContain("connected to Discord");
      child.kill(signal);
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      const lines = output
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.msg)).toEqual([
        "store ready",
        "calendar changed: schedules recomputed",
        "connected to Discord",
        "shutting down",
        "disconnected from Discord",
      ]);
      expect(output).not.toContain(discord.token);
    },
  );
});
