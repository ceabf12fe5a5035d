import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuild, makeUser } from "../kit/fake-discord/fixtures.js";
import { startFakeDiscord, type FakeDiscord } from "../kit/fake-discord/server.js";
import { tempDatabaseUrl } from "../kit/bot-harness.js";

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

    /** `npm run --silent <script>` in the release, in its own process group; its output collected. */
    function run(script: string, env: Record<string, string>) {
      const child = spawn("npm", ["run", "--silent", script], {
        cwd: dir,
        env: { ...process.env, LOG_LEVEL: "info", NODE_ENV: "production", ...env },
        stdio: ["ignore", "pipe", "pipe"],
        // Its own process group, signalled as a whole, as a terminal or a service manager does.
        detached: true,
      });
      const out = { text: "" };
      child.stdout.on("data", (chunk) => (out.text += chunk));
      child.stderr.on("data", (chunk) => (out.text += chunk));
      return { child, out, exited: once(child, "exit") };
    }

    it("starts with `npm run serve` against the test server, and stops on SIGTERM", async () => {
      const bot = run("serve", {
        DISCORD_TOKEN: discord.token,
        DISCORD_API_BASE: discord.apiBase,
        DATABASE_URL: tempDatabaseUrl(),
      });
      await expect.poll(() => bot.out.text, { timeout: 60_000 }).toContain("connected to Discord");
      process.kill(-bot.child.pid!, "SIGTERM");
      // npm itself ends at the signal; the bot behind it stops cleanly.
      await expect
        .poll(() => bot.out.text, { timeout: 30_000 })
        .toContain("disconnected from Discord");
      await bot.exited;
    });

    it("runs the image's other commands: the REST proxy, a bot through it, and the health check", async () => {
      const proxy = run("serve:proxy", {
        DISCORD_TOKEN: discord.token,
        DISCORD_API_BASE: discord.apiBase,
        PROXY_PORT: "0",
      });
      await expect.poll(() => proxy.out.text, { timeout: 60_000 }).toContain("REST proxy ready");
      const { port } = JSON.parse(
        proxy.out.text.split("\n").find((l) => l.includes("REST proxy ready"))!,
      );
      const bot = run("serve", {
        DISCORD_TOKEN: discord.token,
        DISCORD_REST_PROXY: `http://127.0.0.1:${port}/api`,
        DATABASE_URL: tempDatabaseUrl(),
        // The operators' listener on every address, IPv6 included: the health check finds it.
        OPS_HOST: "::",
        OPS_PORT: "0",
      });
      await expect.poll(() => bot.out.text, { timeout: 60_000 }).toContain("connected to Discord");
      const line = (msg: string) =>
        JSON.parse(bot.out.text.split("\n").find((l) => l.includes(msg))!) as { port: number };
      const opsPort = String(line("health and metrics listening").port);
      // The bot's requests reached the test server through the proxy, with the bot's own token.
      expect(discord.seen("GET", /^\/gateway\/bot$/).at(-1)!.headers.authorization).toBe(
        `Bot ${discord.token}`,
      );
      const check = run("healthcheck", { OPS_HOST: "::", OPS_PORT: opsPort });
      expect((await check.exited)[0]).toBe(0);
      for (const p of [bot, proxy]) {
        process.kill(-p.child.pid!, "SIGTERM");
        await p.exited;
      }
      const down = run("healthcheck", { OPS_HOST: "::", OPS_PORT: opsPort });
      expect((await down.exited)[0]).toBe(1);
    });
  },
);
