import { describe, expect, it } from "vitest";
import { shortCache } from "../../src/http/short-cache.js";
import { manualClock } from "../clock.js";

describe("the public routes' short cache", () => {
  it("makes an answer once per key a minute, and forgets a failure at once", async () => {
    const clock = manualClock("2026-11-27T10:00:00Z");
    const cached = shortCache<string>(clock, 60_000);
    let made = 0;
    const make = async () => `answer ${++made}`;
    expect(await cached("az", make)).toBe("answer 1");
    expect(await cached("az", make)).toBe("answer 1");
    expect(await cached("ru", make)).toBe("answer 2");
    clock.set("2026-11-27T10:01:00Z");
    expect(await cached("az", make)).toBe("answer 3");
    await expect(cached("en", () => Promise.reject(new Error("store down")))).rejects.toThrow();
    expect(await cached("en", make)).toBe("answer 4");
  });
});
