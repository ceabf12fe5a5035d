import { describe, expect, it } from "vitest";
import { inLanguage } from "../../src/i18n/translate.js";
import { checkKinds } from "../../src/subscriptions/validate.js";
import { checkPostTime } from "../../src/time/post-instant.js";
import { checkTimeZone, closestTimeZones, matchTimeZones } from "../../src/time/time-zones.js";

describe("subscription input", () => {
  it("accepts IANA zones, under their current and older names", () => {
    for (const zone of [
      "Asia/Baku",
      "Asia/Kolkata",
      "Asia/Calcutta",
      "Pacific/Chatham",
      "UTC",
      "Europe/Kyiv",
    ])
      expect(checkTimeZone(zone).ok, zone).toBe(true);
  });

  it("suggests the closest names for a mistyped zone", () => {
    expect(closestTimeZones("Asia/Bakuu")[0]).toBe("Asia/Baku");
    expect(closestTimeZones("kolkatta")[0]).toBe("Asia/Kolkata");
    const result = checkTimeZone("Berlinn");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(inLanguage("en", result.error)).toMatch(/Closest: Europe\/Berlin/);
  });

  it("completes zone names from any part, with current IANA names", () => {
    expect(matchTimeZones("kolk")).toEqual(["Asia/Kolkata"]);
    expect(matchTimeZones("new york")).toEqual(["America/New_York"]);
    expect(matchTimeZones("")).toHaveLength(25);
  });

  it("reads post times as 24-hour HH:mm", () => {
    expect(checkPostTime("9:05")).toEqual({ ok: true, value: "09:05" });
    expect(checkPostTime("23:59")).toEqual({ ok: true, value: "23:59" });
    for (const bad of ["24:00", "9", "09:60", "9am", "09.00"])
      expect(checkPostTime(bad).ok, bad).toBe(false);
  });

  it("reads a comma-separated list of kinds, naming the accepted ones on error", () => {
    expect(checkKinds("city-day, memorial-day,city-day")).toEqual({
      ok: true,
      value: ["city-day", "memorial-day"],
    });
    const bad = checkKinds("city-day, parades");
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(inLanguage("en", bad.error)).toBe(
        'Unknown kind "parades". Accepted (comma-separated): public-holiday, memorial-day, state-day, city-day, professional-day, occupation-anniversary, anniversary, server-day.',
      );
  });
});
