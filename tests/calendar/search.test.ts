import { describe, expect, it } from "vitest";
import { phoneticKey } from "../../src/calendar/normalize.js";
import { createSearchIndex } from "../../src/calendar/search-index.js";
import { realCalendar } from "../kit/helpers.js";

const index = createSearchIndex(realCalendar());
const top = (query: string) => index.search(query)[0]?.observance.id;

describe("search", () => {
  it("finds Kalbajar City Day by every spelling, across scripts and transliterations", () => {
    for (const q of [
      "Kəlbəcər",
      "Kelbecer",
      "Kalbajar",
      "Кяльбаджар",
      "Кельбаджар",
      "kalbajar city day",
      "День города Кяльбаджар",
    ]) {
      expect(top(q), q).toBe("kalbajar-city-day");
    }
  });

  it("is case- and diacritic-insensitive", () => {
    expect(top("XOCALI SOYQIRIMI")).toBe("khojaly-genocide-day");
    expect(top("şuşa")).toBe("shusha-city-day");
    expect(top("SUSA")).toBe("shusha-city-day");
    expect(top("Lacin")).toBe("lachin-city-day");
  });

  it("tolerates one typo in a word", () => {
    expect(top("Victroy Day")).toBe("victory-day");
    expect(top("Remembrence")).toBe("remembrance-day");
    expect(top("Constitusion")).toBe("constitution-day");
  });

  it("matches prefixes while typing", () => {
    expect(top("kelbe")).toBe("kalbajar-city-day");
    expect(top("Кяль")).toBe("kalbajar-city-day");
    expect(top("victory")).toBe("victory-day");
  });

  it("ranks an exact name above partial matches", () => {
    const results = index.search("Independence Day");
    expect(results[0]!.observance.id).toBe("independence-day");
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it("finds nothing for unrelated text or an empty query", () => {
    expect(index.search("pizza")).toEqual([]);
    expect(index.search("   ")).toEqual([]);
  });

  it("folds the three scripts to one key", () => {
    expect(phoneticKey("Xocalı")).toBe(phoneticKey("Khojaly"));
    expect(phoneticKey("Ходжалы")).toBe(phoneticKey("Khojaly"));
    expect(phoneticKey("Cəbrayıl")).toBe(phoneticKey("Jabrayil"));
  });
});
