import { describe, expect, it } from "vitest";
import { ordinal } from "../../src/i18n/ordinal.js";

describe("ordinals", () => {
  it("writes English ordinals, including the teens", () => {
    const cases: [number, string][] = [
      [1, "1st"],
      [2, "2nd"],
      [3, "3rd"],
      [4, "4th"],
      [11, "11th"],
      [12, "12th"],
      [13, "13th"],
      [21, "21st"],
      [22, "22nd"],
      [23, "23rd"],
      [100, "100th"],
      [101, "101st"],
      [111, "111th"],
      [112, "112th"],
    ];
    for (const [n, text] of cases) expect(ordinal(n, "en")).toBe(text);
  });

  it("writes Azerbaijani ordinals with the suffix of the last spoken number word", () => {
    const cases: [number, string][] = [
      [1, "1-ci"],
      [2, "2-ci"],
      [3, "3-cü"],
      [4, "4-cü"],
      [5, "5-ci"],
      [6, "6-cı"],
      [9, "9-cu"],
      [10, "10-cu"],
      [20, "20-ci"],
      [30, "30-cu"],
      [36, "36-cı"],
      [40, "40-cı"],
      [60, "60-cı"],
      [90, "90-cı"],
      [100, "100-cü"],
      [107, "107-ci"],
      [1000, "1000-ci"],
    ];
    for (const [n, text] of cases) expect(ordinal(n, "az")).toBe(text);
  });

  it("writes Russian feminine ordinals to agree with «годовщина»", () => {
    expect(ordinal(3, "ru")).toBe("3-я");
    expect(ordinal(30, "ru")).toBe("30-я");
  });
});
