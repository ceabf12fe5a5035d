import { describe, expect, it } from "vitest";
import { occurrencesBetween, occurrencesOn } from "../../src/calendar/occurrences.js";
import { LANGUAGES } from "../../src/model/calendar-schema.js";
import { EMBED_LIMITS, totalLength } from "../../src/render/message.js";
import { dayStatus } from "../../src/calendar/days-off.js";
import { renderDay, renderOccurrence, TONE_COLOURS } from "../../src/render/observance.js";
import { realCalendar } from "../kit/helpers.js";

const calendar = realCalendar();
const render = (date: string, id: string, lang: (typeof LANGUAGES)[number]) =>
  renderOccurrence(
    calendar,
    occurrencesOn(calendar, date).find((o) => o.observance.id === id)!,
    lang,
  );

describe("rendering", () => {
  it("renders every observance in every language within Discord's embed limits", () => {
    const year = occurrencesBetween(calendar, "2026-01-01", "2026-12-31");
    expect(new Set(year.map((o) => o.observance.id)).size).toBe(calendar.observances.length);
    for (const occurrence of year) {
      for (const lang of LANGUAGES) {
        const m = renderOccurrence(calendar, occurrence, lang);
        const where = `${occurrence.observance.id}/${lang}`;
        expect(m.title.length, where).toBeLessThanOrEqual(EMBED_LIMITS.title);
        expect(m.description.length, where).toBeLessThanOrEqual(EMBED_LIMITS.description);
        expect(m.description.length, where).toBeGreaterThan(0);
        expect(m.fields.length, where).toBeLessThanOrEqual(EMBED_LIMITS.fields);
        for (const f of m.fields) {
          expect(f.name.length, where).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
          expect(f.value.length, where).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
        }
        expect(m.footer.length, where).toBeLessThanOrEqual(EMBED_LIMITS.footer);
        expect(totalLength(m), where).toBeLessThanOrEqual(EMBED_LIMITS.total);
      }
    }
  });

  it("keeps each day's post within 6,000 characters for all its embeds together, in every language", () => {
    // Days with two observances (8 Nov, 20 Sep) go out as one message; Discord counts its embeds together.
    for (const date of new Set(
      occurrencesBetween(calendar, "2026-01-01", "2026-12-31").map((o) => o.date),
    )) {
      for (const lang of LANGUAGES) {
        const total = occurrencesOn(calendar, date).reduce(
          (n, o) => n + totalLength(renderOccurrence(calendar, o, lang)),
          0,
        );
        expect(total, `${date}/${lang}`).toBeLessThanOrEqual(EMBED_LIMITS.total);
      }
    }
  });

  it("puts the anniversary ordinal in the title, in each language", () => {
    expect(render("2025-11-08", "victory-day", "en").title).toBe("Victory Day — 5th anniversary");
    expect(render("2025-11-08", "victory-day", "az").title).toBe("Zəfər Günü — 5-ci ildönümü");
    expect(render("2025-11-08", "victory-day", "ru").title).toBe("День Победы — 5-я годовщина");
    expect(render("2026-12-31", "world-azerbaijanis-solidarity-day", "en").title).toBe(
      "World Azerbaijanis Solidarity Day",
    );
  });

  it("says how many years have passed since the event", () => {
    const m = render("2025-11-25", "kalbajar-city-day", "en");
    expect(m.fields).toContainEqual({
      name: "Since the event",
      value: "5 years since 25 November 2020",
      inline: true,
    });
    const ru = render("2025-11-25", "kalbajar-city-day", "ru").fields.find(
      (f) => f.name === "С момента события",
    );
    expect(ru?.value).toMatch(/^5 лет с 25 ноября 2020/);
  });

  it("colours by tone", () => {
    expect(render("2026-02-26", "khojaly-genocide-day", "en").colour).toBe(TONE_COLOURS.mourning);
    expect(render("2026-11-08", "victory-day", "en").colour).toBe(TONE_COLOURS.celebration);
    expect(render("2026-11-10", "trilateral-statement-anniversary", "en").colour).toBe(
      TONE_COLOURS.neutral,
    );
  });

  it("cites every source in the footer with its title and publisher", () => {
    const m = render("2026-11-25", "kalbajar-city-day", "en");
    expect(m.footer).toMatch(
      // The official text first (docs/style.md, "Sources"), then the press.
      /^Sources: \[1\] Azərbaycan Respublikasının işğaldan azad edilmiş əraziləri üzrə şəhər günlərinin təsis edilməsi haqqında Azərbaycan Respublikası Prezidentinin Sərəncamı — President of the Republic of Azerbaijan \(president\.az\), 2023-07-31 · \[2\] Azerbaijan celebrates Kalbajar City Day — Report News Agency, 2025-11-25 · \[3\] /,
    );
  });

  it("writes every text in the reader's language: no English inside an Azerbaijani post", () => {
    const az = render("2026-10-14", "unsc-resolution-874-anniversary", "az");
    // An anniversary's name says "anniversary" once, with its count where the language puts it.
    expect(az.title).toBe("BMT Təhlükəsizlik Şurasının 874 saylı qətnaməsinin 33-cü ildönümü");
    expect(az.description).toMatch(/^1993-cü il oktyabrın 14-də BMT Təhlükəsizlik Şurası/);
    expect(render("2026-10-14", "unsc-resolution-874-anniversary", "ru").title).toBe(
      "33-я годовщина резолюции 874 Совета Безопасности ООН",
    );
    const facts = render("2026-11-25", "kalbajar-city-day", "az").fields.find(
      (f) => f.name === "Əsas faktlar",
    )!;
    expect(facts.value).toMatch(/^• Report-un məlumatına görə/);
    expect(facts.value).not.toMatch(/According to/);
  });

  it("marks a computed Eid as expected and a day of a longer holiday as such, in every language", () => {
    const en = render("2027-03-10", "ramazan-bayrami", "en");
    expect(en.title).toBe("Ramadan Holiday (Eid al-Fitr) (day 2 of 2)");
    expect(en.fields.find((f) => f.name === "Expected date")?.value).toMatch(
      /^Computed from the Umm al-Qura/,
    );
    expect(render("2027-03-09", "ramazan-bayrami", "az").fields.map((f) => f.name)).toContain(
      "Gözlənilən tarix",
    );
    expect(render("2027-03-09", "ramazan-bayrami", "ru").fields.map((f) => f.name)).toContain(
      "Ожидаемая дата",
    );
    expect(render("2026-03-20", "ramazan-bayrami", "en").fields.map((f) => f.name)).not.toContain(
      "Expected date",
    );
    expect(render("2026-03-22", "novruz", "az").title).toBe(
      "Novruz Bayramı (5 günlük bayramın 3-cü günü)",
    );
    expect(render("2026-03-22", "novruz", "ru").title).toBe("Новруз байрамы (день 3 из 5)");
  });

  it("says in a day's post when the day is off and where a rest day moved, in the reader's language", () => {
    const day = (date: string, lang: (typeof LANGUAGES)[number], always = false) =>
      renderDay(calendar, occurrencesOn(calendar, date), dayStatus(calendar, date), lang, {
        always,
      })[0]!.fields.at(-1)!;
    expect(day("2025-03-08", "en")).toEqual({
      name: "Non-working day",
      value:
        "International Women's Day is a public holiday.\nThe rest day moves to Thursday, 27 March 2025.",
      inline: false,
    });
    expect(day("2025-03-08", "az").value).toBe(
      "Beynəlxalq Qadınlar Günü münasibətilə iş günü deyil.\nBu istirahət günü 2025-ci il 27 mart, cümə axşamı gününə keçirilir.",
    );
    expect(day("2025-03-08", "ru").name).toBe("Нерабочий день");
    // A post says nothing of an ordinary working day; a look-up does.
    expect(day("2026-11-25", "en").name).toBe("Key facts");
    expect(day("2026-11-25", "en", true)).toMatchObject({
      name: "Working day",
      value: "Wednesday, 25 November 2026, is a working day.",
    });
  });
});
