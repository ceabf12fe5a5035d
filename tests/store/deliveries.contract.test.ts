import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deliveryRepository } from "../../src/store/deliveries.js";
import { type DeliveryRepository } from "../../src/ports/delivery-repository.js";
import { subscriptionRepository } from "../../src/store/subscriptions.js";
import { type SubscriptionRepository } from "../../src/ports/subscription-repository.js";
import type { DeliveryKey } from "../../src/model/delivery-key.js";
import { newSubscription } from "../kit/helpers.js";
import { ENGINES } from "./engines.js";

const T0 = "2026-11-25T05:00:00.000Z";
const T1 = "2026-11-25T05:02:00.000Z"; // the first claim is stale by then (lease: before T0 + 1 min)
const STALE_BEFORE_T1 = "2026-11-25T05:01:00.000Z";
const key: DeliveryKey = { subscriptionId: "sub-x", date: "2026-11-25", kind: "day", part: 0 };

for (const engine of ENGINES) {
  describe.skipIf(engine.skipReason)(
    `the outbox on ${engine.name}: fenced by claim tokens${engine.skipReason ? ` (skipped: ${engine.skipReason})` : ""}`,
    () => {
      let outbox: DeliveryRepository;
      let subscriptions: SubscriptionRepository;
      let cleanup: () => Promise<void>;
      beforeEach(async () => {
        const opened = await engine.open();
        cleanup = opened.cleanup;
        outbox = deliveryRepository(opened.db);
        subscriptions = subscriptionRepository(opened.db);
      });
      afterEach(() => cleanup());

      it("a process whose claim was taken over cannot overwrite the new holder's result", async () => {
        const first = await outbox.claim(key, T0, "2026-11-25T04:59:00.000Z");
        expect(first).toMatchObject({ claimed: true, attempts: 1, maybeSent: false });
        if (!first.claimed) throw new Error("unreachable");
        expect(await outbox.markSending(key, first.token, T0)).toBe(true);
        // Fresh: nobody else gets it.
        // It says since when, so that the other process looks again when the claim would go stale.
        expect(await outbox.claim(key, T0, "2026-11-25T04:59:00.000Z")).toEqual({
          claimed: false,
          status: "claimed",
          claimedAt: T0,
          retryAt: null,
        });
        // Stale: taken over, and known to have begun sending before its holder vanished.
        const second = await outbox.claim(key, T1, STALE_BEFORE_T1);
        expect(second).toMatchObject({
          claimed: true,
          attempts: 2,
          firstSentAt: T0,
          maybeSent: true,
        });
        if (!second.claimed) throw new Error("unreachable");
        expect(
          await outbox.markRetry(key, first.token, {
            error: "late",
            retryAt: T1,
            maybeSent: false,
          }),
        ).toBe(false);
        expect(await outbox.markSending(key, first.token, T1)).toBe(false);
        expect(await outbox.markSent(key, first.token, "111", T1)).toBe(false);
        expect(await outbox.markSent(key, second.token, "222", T1)).toBe(true);
        // Recording again (its first answer lost) is still a success; another message id is not.
        expect(await outbox.markSent(key, second.token, "222", T1)).toBe(true);
        expect(await outbox.markSent(key, second.token, "333", T1)).toBe(false);
        expect(await outbox.list()).toEqual([
          expect.objectContaining({ status: "sent", messageId: "222", attempts: 2 }),
        ]);
      });

      it("a new post claimed to be sent at once notes its attempt in the claim itself", async () => {
        const first = await outbox.claim(key, T0, "2026-11-25T04:59:00.000Z", { sending: true });
        expect(first).toMatchObject({ claimed: true, maybeSent: false, sending: true });
        // Its holder vanishes before recording anything: whoever takes it over looks first.
        expect(await outbox.claim(key, T1, STALE_BEFORE_T1)).toMatchObject({
          claimed: true,
          attempts: 2,
          maybeSent: true,
          firstSentAt: T0,
          sending: false,
        });
      });

      it("a claim whose holder vanished before sending is not taken as perhaps sent", async () => {
        await outbox.claim(key, T0, T0);
        expect(await outbox.claim(key, T1, STALE_BEFORE_T1)).toMatchObject({
          claimed: true,
          maybeSent: false,
          firstSentAt: null,
        });
      });

      it("a sent row never goes back, whoever writes", async () => {
        const claim = await outbox.claim(key, T0, T0);
        if (!claim.claimed) throw new Error("unreachable");
        expect(await outbox.markSent(key, claim.token, "333", T0)).toBe(true);
        expect(
          await outbox.markRetry(key, claim.token, { error: "x", retryAt: T1, maybeSent: true }),
        ).toBe(false);
        expect(await outbox.markFailed(key, claim.token, { error: "x", maybeSent: false })).toBe(
          false,
        );
        expect(await outbox.claim(key, T1, "9999-01-01T00:00:00.000Z")).toMatchObject({
          claimed: false,
          status: "sent",
        });
        expect((await outbox.list())[0]).toMatchObject({ status: "sent", messageId: "333" });
      });

      it("remembers across retries that an attempt may have reached Discord, and since when", async () => {
        const claim = await outbox.claim(key, T0, T0);
        if (!claim.claimed) throw new Error("unreachable");
        await outbox.markSending(key, claim.token, T0);
        await outbox.markRetry(key, claim.token, {
          error: "timeout",
          retryAt: T0,
          maybeSent: true,
        });
        const again = await outbox.claim(key, T1, T0);
        expect(again).toMatchObject({ attempts: 2, maybeSent: true, firstSentAt: T0 });
        if (!again.claimed) throw new Error("unreachable");
        await outbox.markSending(key, again.token, T1);
        await outbox.markRetry(key, again.token, { error: "429", retryAt: T1, maybeSent: true });
        expect(await outbox.claim(key, T1, T0)).toMatchObject({ attempts: 3, firstSentAt: T0 });
      });

      it("reopens refused posts only where no attempt could have made them", async () => {
        const refused = await outbox.claim(key, T0, T0);
        const unsure = await outbox.claim({ ...key, kind: "reminder" }, T0, T0);
        if (!refused.claimed || !unsure.claimed) throw new Error("unreachable");
        await outbox.markSending(key, refused.token, T0);
        await outbox.markFailed(key, refused.token, {
          error: "Missing Permissions (50013)",
          maybeSent: false,
        });
        await outbox.markSending({ ...key, kind: "reminder" }, unsure.token, T0);
        await outbox.markFailed({ ...key, kind: "reminder" }, unsure.token, {
          error: "not retried",
          maybeSent: true,
        });
        expect(await outbox.owed(key.subscriptionId, "2026-11-25", T0)).toBe(false);
        expect(await outbox.reopen(key.subscriptionId, "2026-11-25", T1)).toBe(1);
        expect(await outbox.owed(key.subscriptionId, "2026-11-25", T0)).toBe(true);
        expect((await outbox.list()).map((d) => [d.kind, d.status])).toEqual([
          ["day", "retry"],
          ["reminder", "failed"],
        ]);
      });

      it("outbox rows go with their subscription, and old ones are pruned", async () => {
        const a = await subscriptions.add(newSubscription(), T0);
        const b = await subscriptions.add(newSubscription({ guildId: a.guildId }), T0);
        for (const [sub, date] of [
          [a, "2026-10-01"],
          [a, "2026-11-25"],
          [b, "2026-10-01"],
          [b, "2026-11-25"],
        ] as const)
          await outbox.claim({ subscriptionId: sub.id, date, kind: "day", part: 0 }, T0, T0);
        expect(await subscriptions.remove(a.guildId, a.id)).toBe(true);
        expect((await outbox.list()).map((d) => [d.subscriptionId, d.date])).toEqual([
          [b.id, "2026-10-01"],
          [b.id, "2026-11-25"],
        ]);
        expect(await outbox.prune("2026-10-26")).toBe(1);
        expect((await outbox.list()).map((d) => d.date)).toEqual(["2026-11-25"]);
        expect(await subscriptions.removeGuild(a.guildId)).toBe(1);
        expect(await outbox.list()).toEqual([]);
      });

      it("a post claimed after its subscription went (another process's removal) goes when it is found gone too", async () => {
        // Two processes had the subscription due; one found the channel gone and removed it, then the
        // other claimed the post (a new row), and found the channel gone in its turn.
        const sub = await subscriptions.add(newSubscription(), T0);
        expect(await subscriptions.remove(sub.guildId, sub.id)).toBe(true);
        await outbox.claim(
          { subscriptionId: sub.id, date: "2026-11-25", kind: "day", part: 0 },
          T0,
          T0,
        );
        expect(await subscriptions.remove(sub.guildId, sub.id)).toBe(false);
        expect(await outbox.list()).toEqual([]);
      });

      it("a tick's reschedule does not overwrite an admin's change made meanwhile", async () => {
        const sub = await subscriptions.add(newSubscription(), T0);
        const read = (await subscriptions.get(sub.guildId, sub.id))!;
        await subscriptions.update(sub.guildId, sub.id, { postTime: "18:00" });
        await subscriptions.schedule(sub.id, {
          at: "2026-11-25T14:00:00.000Z",
          date: "2026-11-25",
        });
        expect(
          await subscriptions.schedule(
            sub.id,
            { at: "2026-11-26T05:00:00.000Z", date: "2026-11-26" },
            read.revision,
          ),
        ).toBe(false);
        expect(await subscriptions.get(sub.guildId, sub.id)).toMatchObject({
          nextDueAt: "2026-11-25T14:00:00.000Z",
        });
      });
    },
  );
}
