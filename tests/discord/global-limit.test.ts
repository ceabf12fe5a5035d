import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pacer } from "../../src/discord/global-limit.js";

beforeEach(() => vi.useFakeTimers());
// The pacer measures elapsed time; here vitest's fake timers drive it.
const elapsed = () => Date.now(); // eslint-disable-line no-restricted-syntax -- faked by vi.useFakeTimers
afterEach(() => vi.useRealTimers());

/** The most grants that fall in any window of `windowMs` (windows may start anywhere). */
function busiestWindow(grants: number[], windowMs: number): number {
  return Math.max(
    ...grants.map((start) => grants.filter((t) => t >= start && t < start + windowMs).length),
  );
}

describe("the paced global limit", () => {
  it("lets at most `limit` requests start in any window, wherever the window starts", async () => {
    const window = pacer(50, 1030, elapsed);
    const grants: number[] = [];
    // Requests come in bursts and trickles, as a fan-out and interactions do.
    const delays = [
      ...Array.from({ length: 120 }, () => 0),
      ...Array.from({ length: 80 }, (_, i) => 700 + i * 13),
    ];
    for (const delay of delays)
      setTimeout(() => void window.acquire().then(() => grants.push(elapsed())), delay);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(grants).toHaveLength(200);
    expect(busiestWindow(grants, 1000)).toBeLessThanOrEqual(50);
    expect(busiestWindow(grants, 1030)).toBe(50);
    // …and it uses the limit: 200 requests take four windows, not more.
    expect(Math.max(...grants) - Math.min(...grants)).toBeLessThan(4 * 1030);
  });

  it("pays back no missed turns after the event loop was blocked", async () => {
    const window = pacer(50, 1030, elapsed);
    const grants: number[] = [];
    for (let i = 0; i < 150; i++) void window.acquire().then(() => grants.push(elapsed()));
    await vi.advanceTimersByTimeAsync(500);
    vi.setSystemTime(elapsed() + 600); // 600 ms in which no timer could fire
    await vi.advanceTimersByTimeAsync(10_000);
    expect(grants).toHaveLength(150);
    expect(busiestWindow(grants, 1000)).toBeLessThanOrEqual(50);
  });

  it("says how many requests wait for their turn (the REST proxy's queue), not how many are under way", async () => {
    const window = pacer(10, 1000, elapsed);
    for (let i = 0; i < 25; i++) void window.acquire();
    expect(window.waiting).toBe(24); // the first goes at once
    await vi.advanceTimersByTimeAsync(1000);
    expect(window.waiting).toBe(14);
    await vi.advanceTimersByTimeAsync(2000);
    expect(window.waiting).toBe(0);
  });
});
