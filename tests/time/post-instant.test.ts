import { describe, expect, it } from "vitest";
import { postInstant } from "../../src/time/post-instant.js";

const utc = (date: string, time: string, zone: string) =>
  postInstant(date, time, zone).toUTC().toISO();

describe("post instants", () => {
  it("converts a local post time in zones with odd offsets", () => {
    expect(utc("2026-11-25", "09:00", "Asia/Baku")).toBe("2026-11-25T05:00:00.000Z");
    expect(utc("2026-11-25", "09:00", "Asia/Kolkata")).toBe("2026-11-25T03:30:00.000Z");
    expect(utc("2026-11-25", "09:00", "Asia/Kathmandu")).toBe("2026-11-25T03:15:00.000Z");
    expect(utc("2026-11-25", "09:00", "Pacific/Chatham")).toBe("2026-11-24T19:15:00.000Z"); // +13:45 in summer
  });

  it("posts a time inside the spring-forward gap at the first valid minute after it", () => {
    expect(utc("2026-03-08", "02:30", "America/New_York")).toBe("2026-03-08T07:00:00.000Z"); // 03:00 EDT
    expect(utc("2026-03-29", "02:15", "Europe/Berlin")).toBe("2026-03-29T01:00:00.000Z"); // 03:00 CEST
    expect(utc("2026-03-08", "03:00", "America/New_York")).toBe("2026-03-08T07:00:00.000Z");
    expect(utc("2026-09-27", "02:50", "Pacific/Chatham")).toBe("2026-09-26T14:00:00.000Z"); // 03:45 +13:45, gap from 02:45
  });

  it("posts a time inside the repeated fall-back hour once, at its first occurrence", () => {
    expect(utc("2026-11-01", "01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z"); // 01:30 EDT
    expect(utc("2026-10-25", "02:30", "Europe/Berlin")).toBe("2026-10-25T00:30:00.000Z"); // 02:30 CEST
    expect(utc("2026-11-01", "03:00", "America/New_York")).toBe("2026-11-01T08:00:00.000Z");
  });
});
