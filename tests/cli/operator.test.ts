import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open.js";
import { subscriptionRepository } from "../../src/store/subscriptions.js";
import { tempDatabaseUrl } from "../kit/bot-harness.js";
import { newSubscription } from "../kit/helpers.js";

/** `npm run cli -- subscriptions …` as a process, against the store at `url`. */
function cli(url: string, ...args: string[]) {
  return spawnSync(
    process.execPath,
    ["--import", "tsx", "src/cli/run-cli.ts", "subscriptions", ...args],
    {
      encoding: "utf8",
      env: { ...process.env, DISCORD_TOKEN: "", DATABASE_URL: url, DATA_DIR: "data" },
      timeout: 30_000,
    },
  );
}

describe("the operators' CLI", () => {
  it("lists every subscription, and pauses, resumes and removes one by id, through the subscription service", async () => {
    const url = tempDatabaseUrl();
    const { db } = await openDatabase(url);
    const repo = subscriptionRepository(db);
    await repo.add(
      newSubscription({ id: "sub-a", guildId: "100000000000000001" }),
      "2026-01-01T00:00:00.000Z",
    );
    await repo.add(
      newSubscription({ id: "sub-b", guildId: "100000000000000002" }),
      "2026-01-02T00:00:00.000Z",
    );
    // This process holds the file's lock, as the running bot would: the operators' CLI works beside it.
    try {
      const list = cli(url, "list");
      expect(list.status, list.stderr).toBe(0);
      expect(
        list.stdout
          .split("\n")
          .filter(Boolean)
          .map((l) => l.split("  ")[0]),
      ).toEqual(["sub-a", "sub-b"]);
      expect(
        JSON.parse(cli(url, "list", "--guild", "100000000000000002", "--json").stdout),
      ).toMatchObject([{ id: "sub-b" }]);

      expect(cli(url, "pause", "sub-a").stdout).toMatch(/^Paused: sub-a .* paused/);
      expect((await repo.find("sub-a"))!.status).toBe("paused");
      const resumed = cli(url, "resume", "sub-a");
      expect(resumed.stdout).toMatch(/^Resumed: sub-a .* active .* next 20\d\d-/);
      expect(await repo.find("sub-a")).toMatchObject({
        status: "active",
        nextDueAt: expect.any(String),
      });
      expect(cli(url, "remove", "sub-b").stdout).toMatch(/^Removed: sub-b/);
      expect(await repo.find("sub-b")).toBeUndefined();

      const unknown = cli(url, "pause", "sub-z");
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('No subscription "sub-z". See: subscriptions list');
      const bad = cli(url, "rename", "sub-a");
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain("subscriptions pause|resume|remove <subscription id>");
    } finally {
      await db.destroy();
    }
  });
});
