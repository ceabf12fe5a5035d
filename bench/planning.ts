import { DateTime } from "luxon";
import { localDate } from "../src/time/local-date.js";
import { postInstant } from "../src/time/post-instant.js";
import { planFor } from "../src/schedule/plan.js";
import { openDatabase } from "../src/store/open.js";
import { subscriptionRepository } from "../src/store/subscriptions.js";
import { realCalendar, ZONES } from "../tests/kit/index.js";
import { median, round, timed } from "./measure.js";
import { row, storeWith } from "./store.js";

const NOW = DateTime.fromISO("2026-11-25T05:00:00Z");

export interface PlanningResult {
  subscriptions: number;
  due: number;
  tickMs: number;
  baselineMs: number;
}

/** A store of `total` active subscriptions, one in `dueEvery` due at NOW and the rest later. */
async function fill(total: number, dueEvery: number) {
  const rows = Array.from({ length: total }, (_, i) => {
    const due = i % dueEvery === 0;
    return row(i, {
      time_zone: due ? "Asia/Baku" : ZONES[i % ZONES.length]!,
      post_time: due ? "09:00" : "10:00",
      next_due_at: due
        ? NOW.toUTC().toISO()!
        : NOW.plus({ hours: 1 + (i % 5000) })
            .toUTC()
            .toISO()!,
      next_due_date: due ? "2026-11-25" : "2026-12-31",
    });
  });
  return (await openDatabase(await storeWith(rows))).db;
}

/**
 * What a tick decides before it sends anything: read the due subscriptions (by the next_due_at index)
 * and plan each. Baseline: the naive scheduler, which reads every subscription each minute and works
 * out whether its post time has come.
 */
export async function planning(total: number, dueEvery = 100): Promise<PlanningResult> {
  const db = await fill(total, dueEvery);
  const repo = subscriptionRepository(db);
  const calendar = realCalendar();
  const now = NOW.toUTC().toISO()!;
  try {
    let due = 0;
    const tick = async () => {
      const subs = await repo.due(now, 100_000);
      due = subs.map((s) => planFor(calendar, s, s.nextDueDate!, NOW, 12)).length;
    };
    const naive = async () => {
      const all = await db
        .selectFrom("subscriptions")
        .selectAll()
        .where("status", "=", "active")
        .execute();
      return all.filter((s) => {
        const today = localDate(NOW, s.time_zone);
        return postInstant(today, s.post_time, s.time_zone).hasSame(NOW, "minute");
      }).length;
    };
    await tick(); // warm-up
    await naive();
    const tickMs: number[] = [];
    const baselineMs: number[] = [];
    for (let i = 0; i < 7; i++) {
      tickMs.push(await timed(tick));
      baselineMs.push(await timed(naive));
    }
    return {
      subscriptions: total,
      due,
      tickMs: round(median(tickMs)),
      baselineMs: round(median(baselineMs)),
    };
  } finally {
    await db.destroy();
  }
}
