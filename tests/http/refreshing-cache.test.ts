import { describe, expect, it } from "vitest";
import { refreshingCache } from "../../src/http/refreshing-cache.js";
import { manualMonotonic } from "../clock.js";

/** make() calls, each answered when the test says. */
function maker() {
  const calls: { key: string; resolve(v: { n: number }): void; reject(e: Error): void }[] = [];
  return {
    calls,
    make: (key: string) =>
      new Promise<{ n: number }>((resolve, reject) => calls.push({ key, resolve, reject })),
  };
}

describe("the public routes' refreshing cache", () => {
  it("makes a key once however many ask at once, and keeps it for the ttl of the monotonic clock", async () => {
    const clock = manualMonotonic();
    const m = maker();
    const get = refreshingCache({ ttlMs: 60_000, max: 10, clock, make: m.make });
    const asked = Array.from({ length: 50 }, () => get("az"));
    expect(m.calls).toHaveLength(1);
    m.calls[0]!.resolve({ n: 1 });
    expect(new Set(await Promise.all(asked)).size).toBe(1);
    clock.advance(59_999);
    expect(await get("az")).toEqual({ n: 1 });
    expect(m.calls).toHaveLength(1);
  });

  it("after the ttl, answers the old value at once and makes the new one in the background, once", async () => {
    const clock = manualMonotonic();
    const m = maker();
    const get = refreshingCache({ ttlMs: 60_000, max: 10, clock, make: m.make });
    const first = get("az");
    m.calls[0]!.resolve({ n: 1 });
    await first;
    clock.advance(60_001);
    expect(await get("az")).toEqual({ n: 1 });
    expect(await get("az")).toEqual({ n: 1 });
    expect(m.calls).toHaveLength(2);
    m.calls[1]!.resolve({ n: 2 });
    await expect.poll(() => get("az")).toEqual({ n: 2 });
    expect(m.calls).toHaveLength(2);
  });

  it("keeps no failure: a first one fails the request and the next tries again; a later one keeps the old value", async () => {
    const clock = manualMonotonic();
    const m = maker();
    const get = refreshingCache({ ttlMs: 60_000, max: 10, clock, make: m.make });
    const failing = get("az");
    m.calls[0]!.reject(new Error("store down"));
    await expect(failing).rejects.toThrow("store down");
    const second = get("az");
    expect(m.calls).toHaveLength(2);
    m.calls[1]!.resolve({ n: 2 });
    expect(await second).toEqual({ n: 2 });
    clock.advance(60_001);
    expect(await get("az")).toEqual({ n: 2 });
    m.calls[2]!.reject(new Error("store down"));
    expect(await get("az")).toEqual({ n: 2 });
    // Once that failure is in, the next request tries again.
    await expect.poll(async () => (await get("az"), m.calls.length)).toBe(4);
    m.calls[3]!.resolve({ n: 4 });
    await expect.poll(() => get("az")).toEqual({ n: 4 });
  });

  it("holds at most `max` keys and forgets the least recently used one, not all", async () => {
    const clock = manualMonotonic();
    let made = 0;
    const makes: string[] = [];
    const get = refreshingCache({
      ttlMs: 60_000,
      max: 2,
      clock,
      make: async (key) => (makes.push(key), { n: ++made }),
    });
    for (const key of ["a", "b", "a", "c", "a", "b"]) await get(key);
    expect(makes).toEqual(["a", "b", "c", "b"]);
  });
});
