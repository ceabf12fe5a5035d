import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { makeGuild, makeUser } from "../kit/fake-discord/fixtures.js";
import { startFakeDiscord, type FakeDiscord } from "../kit/fake-discord/server.js";
import {
  healthcheckCommand,
  imageCommand,
  imageEnv,
  imagePorts,
  imageUser,
  readImageConfig,
  runInImage,
  type ImageConfig,
} from "./image-runtime.js";

// The image built from the Dockerfile, in a container's mounted file system, and its config
// (`podman image inspect`): .ci/check-image builds them (several minutes) and runs this file in network,
// mount and process namespaces of its own, so that the image's fixed ports are its own.
const root = process.env.YADDASH_IMAGE_ROOT;
const configFile = process.env.YADDASH_IMAGE_CONFIG;
const skipReason =
  root && configFile ? null : "YADDASH_IMAGE_ROOT is not set (.ci/check-image sets it)";

describe.skipIf(skipReason)(
  `the container image${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let config: ImageConfig;
    let discord: FakeDiscord;
    beforeAll(async () => {
      config = readImageConfig(configFile!);
      discord = await startFakeDiscord();
      discord.addGuild(makeGuild("g", makeUser("owner").id));
    });
    afterAll(() => discord?.close());

    it("keeps nothing of the machine that built it (the build's npm settings, CA bundle and cache)", () => {
      for (const path of ["root/.npmrc", "root/ca.crt", "root/.npm"])
        expect(existsSync(join(root!, path)), `/${path} is in the image`).toBe(false);
    });

    it("keeps its SQLite store in a volume", () => {
      const url = imageEnv(config).get("DATABASE_URL") ?? "";
      expect(url).toMatch(/^file:\//);
      expect(Object.keys(config.Config.Volumes ?? {})).toContain(
        dirname(url.slice("file:".length)),
      );
    });

    it("starts its command as its user: /healthz answers, its HEALTHCHECK passes, a look-up is answered, and the HEALTHCHECK fails once it stops", async () => {
      const user = imageUser(root!, config);
      const bot = runInImage(root!, config, imageCommand(config), {
        DISCORD_TOKEN: discord.token,
        DISCORD_API_BASE: discord.apiBase,
      });
      onTestFailed(() => console.error(`The image's command said:\n${bot.output.text}`));
      try {
        // The health port is one the image names; which one is up to the image.
        const ports = imagePorts(config);
        await expect
          .poll(async () => bot.child.exitCode !== null || (await healthy(ports)) !== undefined, {
            timeout: 120_000,
            interval: 500,
          })
          .toBe(true);
        expect(bot.child.exitCode, "the image's command exited").toBeNull();

        const status = readFileSync(`/proc/${bot.child.pid}/status`, "utf8");
        expect(status).toMatch(new RegExp(`^Uid:\\s+${user.uid}\\s`, "m"));
        const store = imageEnv(config).get("DATABASE_URL")!.slice("file:".length);
        expect(statSync(join(root!, store)).uid).toBe(user.uid);

        const check = runInImage(root!, config, healthcheckCommand(config));
        expect((await check.exited)[0], check.output.text).toBe(0);

        const { callback } = await discord.interact({
          name: "on",
          options: [{ name: "date", type: 3, value: "2026-11-08" }],
        });
        expect(callback.type).toBe(4);
        expect(callback.data.embeds.map((e: { title: string }) => e.title)).toContainEqual(
          expect.stringContaining("Victory Day"),
        );
      } finally {
        if (bot.child.exitCode === null) process.kill(-bot.child.pid!, "SIGTERM");
        await bot.exited;
      }
      const down = runInImage(root!, config, healthcheckCommand(config));
      expect((await down.exited)[0], "the HEALTHCHECK passed with the bot stopped").not.toBe(0);
    }, 300_000);
  },
);

/** The first of `ports` whose /healthz on loopback answers 200 with `ok: true`. */
async function healthy(ports: number[]): Promise<number | undefined> {
  for (const port of ports) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, {
        signal: AbortSignal.timeout(5000),
      });
      if (res.ok && ((await res.json()) as { ok?: boolean }).ok === true) return port;
    } catch {
      // Not listening yet, or not this port.
    }
  }
  return undefined;
}
