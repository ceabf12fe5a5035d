import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  MAX_REMINDERS_PER_MEMBER,
  memberDeliveryId,
} from "../../src/model/member-reminder-model.js";
import type { DeliveryRepository } from "../../src/ports/delivery-repository.js";
import type { MemberReminderRepository } from "../../src/ports/member-reminder-repository.js";
import { repositories } from "../../src/store/repositories.js";
import { ENGINES } from "./engines.js";

const NOW = "2026-11-20T10:00:00.000Z";
const ALICE = "200000000000000001";
const BOB = "200000000000000002";

for (const engine of ENGINES) {
  describe.skipIf(engine.skipReason)(
    `member reminders store on ${engine.name}${engine.skipReason ? ` (skipped: ${engine.skipReason})` : ""}`,
    () => {
      let repo: MemberReminderRepository;
      let deliveries: DeliveryRepository;
      let cleanup: () => Promise<void>;

      beforeEach(async () => {
        const opened = await engine.open();
        cleanup = opened.cleanup;
        ({ memberReminders: repo, deliveries } = repositories(opened.db));
      });
      afterEach(() => cleanup());

      it("adds reminders by user id, once each, in the language of the last add; caps a member", async () => {
        expect(await repo.add(ALICE, { observance: "victory-day" }, "en", NOW)).toBe("added");
        expect(await repo.add(ALICE, { kind: "city-day" }, "az", NOW)).toBe("added");
        expect(await repo.add(ALICE, { observance: "victory-day" }, "ru", NOW)).toBe("exists");
        expect(await repo.member(ALICE)).toEqual({
          userId: ALICE,
          language: "ru",
          targets: [{ kind: "city-day" }, { observance: "victory-day" }],
          refused: null,
        });
        expect(await repo.member(BOB)).toBeUndefined();
        for (let i = 0; i < MAX_REMINDERS_PER_MEMBER; i++)
          await repo.add(BOB, { observance: `day-${i}` }, "en", NOW);
        expect(await repo.add(BOB, { observance: "one-more" }, "en", NOW)).toBe("cap");
        expect((await repo.member(BOB))!.targets).toHaveLength(MAX_REMINDERS_PER_MEMBER);
      });

      it("finds the members due on a date by observance or kind, until reminded, never paused ones", async () => {
        await repo.add(ALICE, { observance: "victory-day" }, "en", NOW);
        await repo.add(BOB, { kind: "city-day" }, "az", NOW);
        const due = (kinds: ("city-day" | "public-holiday")[], date = "2026-11-07") =>
          repo
            .due(date, { observances: ["victory-day"], kinds }, 10)
            .then((members) => members.map((m) => m.userId));
        expect(await due(["city-day"])).toEqual([ALICE, BOB]);
        expect(await due(["public-holiday"])).toEqual([ALICE]);
        expect(
          (await repo.due("2026-11-07", { observances: ["x"], kinds: ["city-day"] }, 1, ALICE)).map(
            (m) => m.userId,
          ),
        ).toEqual([BOB]);
        await repo.markReminded(ALICE, "2026-11-07");
        await repo.markReminded(ALICE, "2026-11-01");
        expect(await due(["city-day"])).toEqual([BOB]);
        expect(await due(["city-day"], "2026-11-08")).toEqual([ALICE, BOB]);
        await repo.refuse(BOB, "Cannot send messages to this user (50007)", NOW);
        expect(await due(["city-day"], "2026-11-08")).toEqual([ALICE]);
        expect((await repo.member(BOB))!.refused).toEqual({
          reason: "Cannot send messages to this user (50007)",
          since: NOW,
        });
        expect(await repo.resume(BOB)).toBe(true);
        expect(await repo.resume(BOB)).toBe(false);
        expect(await due(["city-day"], "2026-11-08")).toEqual([ALICE, BOB]);
      });

      it("says whether a member is still owed a date's reminder: kept, not paused, not yet reminded", async () => {
        await repo.add(ALICE, { observance: "victory-day" }, "en", NOW);
        await repo.add(BOB, { observance: "victory-day" }, "en", NOW);
        expect(await repo.owes(ALICE, "2026-11-07")).toBe(true);
        await repo.markReminded(ALICE, "2026-11-07");
        expect(await repo.owes(ALICE, "2026-11-07")).toBe(false);
        expect(await repo.owes(ALICE, "2026-11-08")).toBe(true);
        await repo.refuse(BOB, "Cannot send messages to this user (50007)", NOW);
        expect(await repo.owes(BOB, "2026-11-07")).toBe(false);
        await repo.erase(ALICE);
        expect(await repo.owes(ALICE, "2026-11-08")).toBe(false);
      });

      it("removes one reminder, forgets a member left with none, and erases all, outbox rows included", async () => {
        await repo.add(ALICE, { observance: "victory-day" }, "en", NOW);
        await repo.add(ALICE, { kind: "city-day" }, "en", NOW);
        expect(await repo.remove(ALICE, { observance: "novruz" })).toBe(false);
        expect(await repo.remove(ALICE, { observance: "victory-day" })).toBe(true);
        expect((await repo.member(ALICE))!.targets).toEqual([{ kind: "city-day" }]);
        expect(await repo.remove(ALICE, { kind: "city-day" })).toBe(true);
        expect(await repo.member(ALICE)).toBeUndefined();

        await repo.add(BOB, { kind: "city-day" }, "en", NOW);
        const key = {
          subscriptionId: memberDeliveryId(BOB),
          date: "2026-11-07",
          kind: "reminder" as const,
          part: 0,
        };
        await deliveries.claim(key, NOW, NOW);
        expect(await repo.erase(BOB)).toBe(true);
        expect(await repo.member(BOB)).toBeUndefined();
        expect(await deliveries.list(memberDeliveryId(BOB))).toEqual([]);
        expect(await repo.erase(BOB)).toBe(false);
      });
    },
  );
}
