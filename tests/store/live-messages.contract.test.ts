import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LiveMessageRepository } from "../../src/ports/live-message-repository.js";
import type { SubscriptionRepository } from "../../src/ports/subscription-repository.js";
import { liveMessageRepository } from "../../src/store/live-messages.js";
import { subscriptionRepository } from "../../src/store/subscriptions.js";
import { newSubscription } from "../kit/helpers.js";
import { ENGINES } from "./engines.js";

const NOW = "2026-11-25T05:00:00.000Z";
const LEASE = "2026-11-25T05:01:00.000Z";
const TOMORROW = "2026-11-25T20:00:00.000Z";

for (const engine of ENGINES) {
  describe.skipIf(engine.skipReason)(
    `live messages store on ${engine.name}${engine.skipReason ? ` (skipped: ${engine.skipReason})` : ""}`,
    () => {
      let live: LiveMessageRepository;
      let subs: SubscriptionRepository;
      let cleanup: () => Promise<void>;

      beforeEach(async () => {
        const opened = await engine.open();
        cleanup = opened.cleanup;
        live = liveMessageRepository(opened.db);
        subs = subscriptionRepository(opened.db);
      });
      afterEach(() => cleanup());

      it("lists only the due messages of active subscriptions that ask for one", async () => {
        const on = await subs.add(newSubscription({ live: true, pin: true }), NOW);
        const off = await subs.add(newSubscription(), NOW);
        const paused = await subs.add(newSubscription({ live: true }), NOW);
        await subs.setStatus(paused.guildId, paused.id, "paused", null, NOW);
        for (const s of [on, off, paused]) await live.markDue(s.id, NOW);
        expect(on).toMatchObject({ live: true, pin: true });
        expect(await live.due(NOW, 10)).toEqual([
          {
            subscriptionId: on.id,
            messageId: null,
            contentHash: null,
            pinned: false,
            dueAt: NOW,
            sendingSince: null,
            generation: 0,
          },
        ]);
        expect(await live.due("2026-11-25T04:59:00.000Z", 10)).toEqual([]);
        await live.markAllDue("2026-11-24T00:00:00.000Z");
        expect(await live.due("2026-11-24T00:00:00.000Z", 10)).toHaveLength(1);
        // A subscription removed takes its row along.
        await subs.remove(on.guildId, on.id);
        expect(await live.due(NOW, 10)).toEqual([]);
      });

      it("is taken by one process at a time; its writes hold only while its lease does", async () => {
        const sub = await subs.add(newSubscription({ live: true }), NOW);
        await live.markDue(sub.id, NOW);
        const [taken, second] = await Promise.all([
          live.take(sub.id, NOW, LEASE),
          live.take(sub.id, NOW, "2026-11-25T05:01:00.001Z"),
        ]);
        expect([taken, second].filter(Boolean)).toHaveLength(1);
        const lease = taken ? LEASE : "2026-11-25T05:01:00.001Z";
        expect(await live.markSending(sub.id, lease, NOW)).toBe(true);
        expect(await live.markSending(sub.id, lease, "2026-11-25T05:00:30.000Z")).toBe(true);
        // Taken over after the lease: the first holder can no longer record.
        expect(await live.take(sub.id, lease, "2026-11-25T05:03:00.000Z")).toBeTruthy();
        expect(
          await live.record(sub.id, lease, { messageId: "1", contentHash: "a", dueAt: TOMORROW }),
        ).toBe(false);
        const [row] = await live.due("2026-11-25T05:03:00.000Z", 10);
        expect(row).toMatchObject({ sendingSince: NOW, messageId: null });
        expect(
          await live.record(sub.id, "2026-11-25T05:03:00.000Z", {
            messageId: "2",
            contentHash: "b",
            dueAt: TOMORROW,
          }),
        ).toBe(true);
        expect(await live.due(TOMORROW, 10)).toEqual([
          expect.objectContaining({ messageId: "2", contentHash: "b", sendingSince: null }),
        ]);
        expect(await live.messageOf(sub.id)).toBe("2");
        expect(await live.messageOf("sub-none")).toBeNull();
        // An admin's change: drawn now, and edited even if it says the same.
        await live.markDue(sub.id, NOW);
        expect(await live.due(NOW, 10)).toEqual([
          expect.objectContaining({ messageId: "2", contentHash: null, dueAt: NOW }),
        ]);
        await live.markAllDue(TOMORROW);
        expect(await live.take(sub.id, TOMORROW, "2026-11-25T20:01:00.000Z")).toBeTruthy();
        expect(await live.forget(sub.id, "2026-11-25T20:01:00.000Z")).toBe(true);
        expect(
          await live.release(sub.id, "2026-11-25T20:01:00.000Z", { dueAt: TOMORROW, pinned: true }),
        ).toBe(true);
        expect(await live.due(TOMORROW, 10)).toEqual([
          expect.objectContaining({
            messageId: null,
            contentHash: null,
            generation: 1,
            pinned: true,
          }),
        ]);
      });

      it("keeps its lease through a redraw asked meanwhile, and is drawn again right after", async () => {
        const sub = await subs.add(newSubscription({ live: true }), NOW);
        await live.markDue(sub.id, NOW);
        expect(await live.take(sub.id, NOW, LEASE)).toBeTruthy();
        // A server date added, then the calendar reloaded, while the holder's edit waits: no other
        // process takes it (its older edit could land last)…
        const [dateAdded, reloaded] = ["2026-11-25T05:00:10.000Z", "2026-11-25T05:00:20.000Z"];
        await live.markDue(sub.id, dateAdded);
        await live.markAllDue(reloaded);
        expect(await live.due(reloaded, 10)).toEqual([]);
        expect(await live.take(sub.id, reloaded, "2026-11-25T05:01:20.000Z")).toBeFalsy();
        // …and its release leaves it due at once, with an edit owed, for whoever takes it.
        expect(await live.release(sub.id, LEASE, { dueAt: TOMORROW, contentHash: "old" })).toBe(
          true,
        );
        expect(await live.due(reloaded, 10)).toEqual([
          expect.objectContaining({ dueAt: reloaded, contentHash: null }),
        ]);
        const second = "2026-11-25T05:01:20.000Z";
        expect(await live.take(sub.id, reloaded, second)).toBeTruthy();
        // Nothing asked meanwhile: released until the next day.
        expect(await live.release(sub.id, second, { dueAt: TOMORROW, contentHash: "new" })).toBe(
          true,
        );
        expect(await live.due(reloaded, 10)).toEqual([]);
        expect(await live.due(TOMORROW, 10)).toEqual([
          expect.objectContaining({ dueAt: TOMORROW, contentHash: "new" }),
        ]);
      });
    },
  );
}
