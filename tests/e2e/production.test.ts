import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuild, makeUser } from "../fake-discord/fixtures.js";
import { startFakeDiscord, type FakeDiscord } from "../fake-discord/server.js";
import { tempDatabaseUrl } from "./bot-harness.js";

// A production install (`npm ci --omit=dev` beside the compiled build) takes a minute and a half to
// make, for better-sqlite3's compilation: .ci/run makes one and names it here.
const dir = process.env.YADDASH_PRODUCTION_DIR;
const skipReason = dir ? null : "YADDASH_PRODUCTION_DIR is not set (.ci/run sets it)";

describe.skipIf(skipReason)(
  `a production install${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let discord: FakeDiscord;
    beforeAll(async () => {
      discord = await startFakeDiscord();
      discord.addGuild(makeGuild("g", makeUser("owner").id));
    });
    afterAll(() => discord.close());

    it("starts with `npm run serve` against the test server, and stops on SIGTERM", async () => {
      const child = spawn("npm", ["run", "--silent", "serve"], {
        cwd: dir,
        env: {
          ...process.env,
          DISCORD_TOKEN: discord.token,
          DISCORD_API_BASE: discord.apiBase,
          DATABASE_URL: tempDatabaseUrl(),
          LOG_LEVEL: "info",
          NODE_ENV: "production",
        },
        stdio: ["ignore", "pipe", "pipe"],
        // Its own process group, signalled as a whole, as a terminal or a service manager does.
        detached: true,
      });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      await expect.poll(() => output, { timeout: 60_000 }).toContain("connected to Discord");
      const exited = once(child, "exit");
      process.kill(-child.pid!, "SIGTERM");
      // npm itself ends at the signal; the bot behind it stops cleanly.
      await expect.poll(() => output, { timeout: 30_000 }).toContain("disconnected from Discord");
      await exited;
    });
  },
);
