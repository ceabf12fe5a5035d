import { describe, expect, it } from "vitest";
import type { Language } from "../../src/model/calendar-schema.js";
import { LOCALES } from "../../src/i18n/dates.js";
import { placeholders, TABLES, translate } from "../../src/i18n/translate.js";
import { type Entry } from "../../src/i18n/string-table.js";

type Tables = Readonly<Record<string, Readonly<Record<string, Entry>>>>;

/** The plural categories whole numbers reach in a locale (ru: one, few, many; en: one, other). */
function wholeNumberCategories(locale: string): Set<string> {
  const rules = new Intl.PluralRules(locale);
  return new Set(Array.from({ length: 200 }, (_, n) => rules.select(n)));
}

/** What is wrong with a set of tables, measured against English; empty when nothing is. */
function tableProblems(tables: Tables): string[] {
  const problems: string[] = [];
  const english = tables.en!;
  for (const [lang, table] of Object.entries(tables)) {
    const locale = LOCALES[lang as Language];
    for (const key of Object.keys(english))
      if (!(key in table)) problems.push(`${lang}: "${key}" is missing`);
    for (const [key, entry] of Object.entries(table)) {
      const model = english[key];
      if (model === undefined) {
        problems.push(`${lang}: "${key}" is not an English key`);
        continue;
      }
      const want = [...placeholders(model)].sort().join(" ");
      const have = [...placeholders(entry)].sort().join(" ");
      if (want !== have) problems.push(`${lang}: "${key}" has {${have}}, English {${want}}`);
      for (const form of typeof entry === "string" ? [] : Object.values(entry)) {
        const own = [...placeholders(form)].sort().join(" ");
        if (own !== want)
          problems.push(`${lang}: a form of "${key}" has {${own}}, English {${want}}`);
      }
      if (typeof entry === "object") {
        if (typeof model === "string")
          problems.push(`${lang}: "${key}" has plural forms, English none`);
        for (const category of wholeNumberCategories(locale))
          if (!(category in entry)) problems.push(`${lang}: "${key}" lacks its "${category}" form`);
      }
    }
  }
  return problems;
}

describe("string tables", () => {
  it("have every key in every language, with the same placeholders, and every plural form", () => {
    expect(Object.keys(TABLES).sort()).toEqual(["az", "en", "ru"]);
    expect(tableProblems(TABLES)).toEqual([]);
  });

  it("name what is wrong: a missing key, another placeholder, a missing Russian form", () => {
    const broken: Tables = {
      en: { a: "{count} day", b: { one: "{count} year", other: "{count} years" } },
      az: { b: "{count} il" },
      ru: { a: "{count} день", b: { one: "{n} год", few: "{count} года", other: "{count} года" } },
    };
    expect(tableProblems(broken)).toEqual([
      'az: "a" is missing',
      'ru: "b" has {count n}, English {count}',
      'ru: a form of "b" has {n}, English {count}',
      'ru: "b" lacks its "many" form',
    ]);
  });

  it("label commands as Discord accepts: names lowercase, at most 32 characters; descriptions at most 100", () => {
    // https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
    const name = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
    for (const [lang, table] of Object.entries(TABLES)) {
      for (const [key, entry] of Object.entries(table)) {
        if (typeof entry !== "string") continue;
        if (key.endsWith(".name")) {
          expect(entry, `${lang} ${key}`).toMatch(name);
          expect(entry, `${lang} ${key}`).toBe(entry.toLocaleLowerCase(LOCALES[lang as Language]));
        }
        if (key.endsWith(".description"))
          expect(entry.length, `${lang} ${key}`).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe("translate", () => {
  it("chooses Russian plural forms by Intl.PluralRules", () => {
    const days = [1, 2, 5, 11, 21, 22, 25, 111].map((count) =>
      translate("ru", "about.days", { count }),
    );
    expect(days).toEqual([
      "1 день",
      "2 дня",
      "5 дней",
      "11 дней",
      "21 день",
      "22 дня",
      "25 дней",
      "111 дней",
    ]);
    expect(translate("en", "about.days", { count: 1 })).toBe("1 day");
    expect(translate("en", "about.days", { count: 21 })).toBe("21 days");
  });

  it("writes ordinals in each language's way", () => {
    expect(translate("en", "post.anniversary", { count: 33 })).toBe("33rd anniversary");
    expect(translate("az", "post.anniversary", { count: 33 })).toBe("33-cü ildönümü");
    expect(translate("ru", "post.anniversary", { count: 33 })).toBe("33-я годовщина");
  });

  it("refuses a text whose value is missing, rather than showing a placeholder", () => {
    const incomplete = { count: 2 } as unknown as { count: number; date: string };
    expect(() => translate("en", "post.yearsSince", incomplete)).toThrow(
      /needs a value for \{date\}/,
    );
  });
});
