import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_SERVER_DATES } from "../../src/model/server-date-model.js";
import {
  ServerDateCap,
  type ServerDateRepository,
} from "../../src/ports/server-date-repository.js";
import { serverDateRepository } from "../../src/store/server-dates.js";
import { newServerDate } from "../kit/helpers.js";
import { ENGINES } from "./engines.js";

const serverDate = newServerDate;

for (const engine of ENGINES) {
  describe.skipIf(engine.skipReason)(
    `server dates store on ${engine.name}${engine.skipReason ? ` (skipped: ${engine.skipReason})` : ""}`,
    () => {
      let repo: ServerDateRepository;
      let cleanup: () => Promise<void>;

      beforeEach(async () => {
        const opened = await engine.open();
        cleanup = opened.cleanup;
        repo = serverDateRepository(opened.db);
      });
      afterEach(() => cleanup());

      it("adds, reads back, edits and removes a date, within its server only", async () => {
        const added = await repo.add(serverDate({ language: "az", year: 2027, firstYear: null }));
        expect(await repo.get(added.guildId, added.id)).toEqual(added);
        expect(await repo.get("100000000000000002", added.id)).toBeUndefined();
        expect(await repo.update(added.guildId, added.id, { name: "Renamed", year: null })).toEqual(
          {
            ...added,
            name: "Renamed",
            year: null,
          },
        );
        expect(await repo.update("100000000000000002", added.id, { name: "x" })).toBeUndefined();
        expect(await repo.remove("100000000000000002", added.id)).toBe(false);
        expect(await repo.remove(added.guildId, added.id)).toBe(true);
        expect(await repo.list(added.guildId)).toEqual([]);
      });

      it("lists a server's dates by day; finds those of several servers; forgets a server's", async () => {
        const guild = "100000000000000003";
        const later = await repo.add(serverDate({ guildId: guild, month: 12, day: 1 }));
        const earlier = await repo.add(serverDate({ guildId: guild, month: 2, day: 26 }));
        const other = await repo.add(serverDate({ guildId: "100000000000000004" }));
        expect((await repo.list(guild)).map((d) => d.id)).toEqual([earlier.id, later.id]);
        const byGuild = await repo.forGuilds([guild, other.guildId, "100000000000000005"]);
        expect([...byGuild.keys()].sort()).toEqual([guild, other.guildId].sort());
        expect(byGuild.get(guild)).toHaveLength(2);
        expect((await repo.guilds()).sort()).toEqual([guild, other.guildId].sort());
        expect(await repo.removeGuild(guild)).toBe(2);
        expect(await repo.guilds()).toEqual([other.guildId]);
      });

      it(`caps a server at ${MAX_SERVER_DATES}, even when adds race`, async () => {
        const guildId = "100000000000000006";
        for (let i = 0; i < MAX_SERVER_DATES - 2; i++) await repo.add(serverDate({ guildId }));
        const racing = await Promise.allSettled(
          Array.from({ length: 6 }, () => repo.add(serverDate({ guildId }))),
        );
        expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(2);
        for (const r of racing.filter((r) => r.status === "rejected"))
          expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ServerDateCap);
        expect(await repo.list(guildId)).toHaveLength(MAX_SERVER_DATES);
      });
    },
  );
}
