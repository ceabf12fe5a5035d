import { describe, expect, it } from "vitest";
import { inLanguage } from "../../src/i18n/translate.js";
import { parseDateInput } from "../../src/time/parse-date.js";

const today = "2026-11-24";
const parse = (text: string) => parseDateInput(text, today);

describe("reading typed dates", () => {
  it.each([
    ["2026-11-25", "2026-11-25"],
    ["11-25", "2026-11-25"],
    ["25.11", "2026-11-25"],
    ["25.11.2020", "2020-11-25"],
    ["25 November", "2026-11-25"],
    ["25 november 2025", "2025-11-25"],
    ["Nov 25", "2026-11-25"],
    ["November 25, 2023", "2023-11-25"],
    ["25 noyabr", "2026-11-25"],
    ["25 ноября", "2026-11-25"],
    ["  8   Noyabr  ", "2026-11-08"],
  ])("reads %j as %s", (text, date) => {
    expect(parse(text)).toEqual({ ok: true, date });
  });

  it("rejects text that is no date, saying which formats are accepted", () => {
    const result = parse("next tuesday");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(inLanguage("en", result.error)).toMatch(/Accepted: 2026-11-25, 11-25, 25\.11/);
  });

  it("rejects days that do not exist", () => {
    expect(parse("30.02")).toMatchObject({ ok: false });
    expect(parse("2026-13-01")).toMatchObject({ ok: false });
    expect(parse("29 February 2027")).toMatchObject({ ok: false });
    expect(parse("29 February 2028")).toEqual({ ok: true, date: "2028-02-29" });
  });
});
