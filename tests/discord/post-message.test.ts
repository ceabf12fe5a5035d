import { describe, expect, it } from "vitest";
import { createLiveCalendar } from "../../src/calendar/live-calendar.js";
import {
  messageContent,
  postSignature,
  toDiscordMessages,
} from "../../src/discord/post-message.js";
import { composePost } from "../../src/schedule/compose.js";
import { calendarWith } from "../../src/server-dates/server-date.js";
import { newServerDate, realCalendar } from "../kit/helpers.js";

const calendar = realCalendar();
const sub = {
  roleId: null,
  language: "ru" as const,
  kinds: [],
  remindDays: 3,
  weekday: null,
  intro: null,
};

describe("a subscription's post", () => {
  it("says on a holiday that the day is off, and where its rest day moves", () => {
    const post = composePost(calendar, sub, "2026-05-28", "day")!;
    const embeds = toDiscordMessages(calendar, sub, post)[0]!.embeds;
    // Gurban bayramy's second day: posted with its first day, 27 May, and named here as a holiday.
    expect(embeds.map((e) => e.title)).toEqual(["День независимости — 108-я годовщина"]);
    expect(embeds[0]!.fields!.at(-1)).toMatchObject({
      name: "Нерабочий день",
      value: expect.stringMatching(
        /^День независимости и Гурбан байрамы — нерабочие праздничные дни\.\nПо части 6 статьи 105 Трудового кодекса следующий рабочий день, 29 мая 2026 года \(пятница\), — выходной\.$/,
      ),
    });
  });

  it("says in a reminder whether the coming day is off", () => {
    const post = composePost(calendar, sub, "2026-03-05", "reminder")!;
    const [embed] = toDiscordMessages(calendar, sub, post)[0]!.embeds;
    expect(embed!.title).toBe("Международный женский день");
    expect(embed!.fields!.at(-1)).toMatchObject({
      name: "Нерабочий день",
      value: expect.stringContaining("Выходной переносится на 9 марта 2026"),
    });
  });

  it("a post planned before a reload and drawn after it leaves no old text behind for the next ones", () => {
    const live = createLiveCalendar(realCalendar());
    const renamed = {
      ...realCalendar(),
      observances: realCalendar().observances.map((o) =>
        o.id === "kalbajar-city-day" ? { ...o, names: { ...o.names, ru: "Новое название" } } : o,
      ),
    };
    const planned = composePost(live.calendar, sub, "2026-11-25", "day")!;
    live.replace(renamed);
    toDiscordMessages(live.calendar, sub, planned);
    const next = composePost(live.calendar, sub, "2026-11-25", "day")!;
    expect(toDiscordMessages(live.calendar, sub, next)[0]!.embeds[0]!.title).toMatch(
      /^Новое название/,
    );
  });

  it("says nothing of an ordinary working day", () => {
    const post = composePost(calendar, sub, "2026-11-25", "day")!;
    const [embed] = toDiscordMessages(calendar, sub, post)[0]!.embeds;
    expect(embed!.fields!.map((f) => f.name)).not.toContain("Рабочий день");
  });

  it("a weekly digest fits one embed: as many days as fit, then how many more", () => {
    const long = Array.from({ length: 50 }, (_, i) =>
      newServerDate({ id: `d${i}`, name: `${"N".repeat(95)} ${i}`, month: 11, day: 23 + (i % 7) }),
    );
    const calendar = calendarWith(realCalendar(), long, "en");
    const weekly = { ...sub, language: "en" as const, weekday: 1 };
    const post = composePost(calendar, weekly, "2026-11-23", "week")!;
    expect(post.occurrences).toHaveLength(51);
    const [embed] = toDiscordMessages(calendar, weekly, post)[0]!.embeds;
    const description = embed!.description!;
    expect(description.length).toBeLessThanOrEqual(4096);
    const shown = description.split("\n").length - 1;
    expect(description.split("\n").at(-1)).toBe(`…and ${51 - shown} more days`);
  });

  it("more than ten days on one date take a second message, the role mentioned in the first only", () => {
    const dates = Array.from({ length: 11 }, (_, i) =>
      newServerDate({ id: `d${i}`, name: `Date ${i}`, text: "Short.", month: 12, day: 1 }),
    );
    const calendar = calendarWith(realCalendar(), dates, "en");
    const daily = { ...sub, language: "en" as const, remindDays: 0, roleId: "400000000000000001" };
    const post = composePost(calendar, daily, "2026-12-01", "day")!;
    expect(post.occurrences).toHaveLength(11);
    const messages = toDiscordMessages(calendar, daily, post);
    expect(messages.map((m) => m.embeds.length)).toEqual([10, 1]);
    expect(messages.map((m) => m.content)).toEqual(["<@&400000000000000001>", undefined]);
    expect(messages.map((m) => m.allowedMentions.roles)).toEqual([["400000000000000001"], []]);
  });

  it("finds an earlier attempt whose intro was edited since, never a test post", () => {
    const daily = { ...sub, language: "en" as const, remindDays: 0, roleId: "400000000000000001" };
    const post = composePost(calendar, daily, "2026-11-08", "day")!;
    const sent = (intro: string | null) => {
      const [m] = toDiscordMessages(calendar, { ...daily, intro }, post);
      return { message: m!, listed: { content: messageContent(m!), embeds: m!.embeds } };
    };
    const now = sent("{name}! {role}");
    expect(now.listed.content).toBe("Victory Day and Shusha City Day! <@&400000000000000001>");
    const wanted = postSignature({ content: now.message.content, embeds: now.message.embeds });
    const earlier = sent("Today: {name}, {anniversary}").listed;
    expect(earlier.content).toBe(
      "Today: Victory Day and Shusha City Day, 6th anniversary\n<@&400000000000000001>",
    );
    expect(postSignature(earlier, { intro: true })).toBe(wanted);
    const test = { ...earlier, content: "Today: …\nTest post (preview of 8 November 2026)" };
    expect(postSignature(test, { intro: true })).not.toBe(wanted);
  });
});
