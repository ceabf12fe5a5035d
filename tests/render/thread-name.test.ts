import { describe, expect, it } from "vitest";
import { KINDS, LANGUAGES } from "../../src/model/calendar-schema.js";
import { newSubscription, realCalendar } from "../kit/helpers.js";
import { composePost, type Post } from "../../src/schedule/compose.js";
import { postKinds, tagName, threadName } from "../../src/render/thread-name.js";

const calendar = realCalendar();
const post = (date: string, kind: Post["kind"] = "day", remindDays = 0) =>
  composePost(calendar, newSubscription({ remindDays }), date, kind)!;

describe("a post's thread and tags", () => {
  it("a tag per kind in each language, within Discord's 20 characters", () => {
    for (const lang of LANGUAGES)
      for (const kind of KINDS) {
        const name = tagName(kind, lang);
        expect(name.length, `${lang} ${kind}`).toBeLessThanOrEqual(20);
        expect(name, `${lang} ${kind}`).toBe(name.trim());
      }
  });

  it("named after the day's observances, a reminder's days before them, within 100 characters", () => {
    expect(threadName(post("2026-11-25"), "en")).toMatch(/Kalbajar/);
    expect(threadName(post("2026-11-24", "reminder", 1), "en")).toMatch(/^In 1 day: .*Kalbajar/);
    const crowded = post("2026-11-25");
    const many = { ...crowded, occurrences: Array(10).fill(crowded.occurrences[0]) };
    for (const lang of LANGUAGES) {
      const name = threadName(many, lang);
      expect(name.length).toBeLessThanOrEqual(100);
      expect(name.endsWith("…")).toBe(true);
    }
  });

  it("tags a post by its kinds, five at most", () => {
    expect(postKinds(post("2026-11-25"))).toEqual(["city-day"]);
  });
});
