import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../kit/fake-discord/fixtures.js";
import type { InteractionOption } from "../kit/fake-discord/server.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";

const INTEGER = 4;
const EPHEMERAL = 1 << 6;

describe("paging /next and /dayoff with Previous / Next", () => {
  let h: Harness;
  const reader = makeUser("reader");
  const ask = (name: string, count: number, locale = "en-US") =>
    h.discord.interact({
      name,
      user: reader,
      locale,
      options: [{ name: "count", type: INTEGER, value: count } satisfies InteractionOption],
    });
  const lines = (message: { embeds: { description: string }[] }) =>
    message.embeds[0]!.description.split("\n");
  const buttons = (message: {
    components: { components: { label: string; disabled?: boolean }[] }[];
  }) =>
    message.components
      .flatMap((row) => row.components)
      .map((b) => `${b.label}${b.disabled ? " (off)" : ""}`);

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it("/next pages by editing the same message (UPDATE_MESSAGE), page after page of the same days", async () => {
    const six = lines((await ask("next", 6)).callback.data);
    const first = await ask("next", 3);
    expect(lines(first.callback.data)).toEqual(six.slice(0, 3));
    expect(buttons(first.callback.data)).toEqual(["◀ Previous (off)", "Next ▶"]);

    const second = await h.discord.press(first, { which: "Next ▶" });
    expect(second.callback.type).toBe(7);
    expect(lines(second.data)).toEqual(six.slice(3, 6));
    expect(buttons(second.data)).toEqual(["◀ Previous", "Next ▶"]);
    expect(h.discord.interactionMessages.get(first.id)!.original).toBe(second.data);

    const back = await h.discord.press(first, { which: "◀ Previous" });
    expect(lines(back.data)).toEqual(six.slice(0, 3));
  });

  it("a page past the end cannot be asked for: Next is off on the last page", async () => {
    const all = h.context.lookUps.dayOff(
      h.context.clock.now().setZone("Asia/Baku").toISODate()!,
      11,
    );
    const first = await ask("dayoff", 1, "ru");
    expect(buttons(first.callback.data)).toEqual(["◀ Назад (off)", "Далее ▶"]);
    let page = first.callback.data;
    for (let i = 1; i < Math.min(all.length, 10); i++)
      page = (await h.discord.press(first, { which: "Далее ▶" })).data;
    expect(buttons(page)).toEqual(["◀ Назад", "Далее ▶ (off)"]);
    await expect(h.discord.press(first, { which: "Далее ▶" })).rejects.toThrow(/disabled/);
  });

  it("a list that fits one page has no buttons", async () => {
    const from = h.context.clock.now().setZone("Asia/Baku").toISODate()!;
    const total = h.context.lookUps.dayOff(from, 11).length;
    expect(total).toBeLessThanOrEqual(10);
    expect((await ask("dayoff", 10)).callback.data.components).toEqual([]);
  });

  it("someone else cannot page another member's answer", async () => {
    const first = await ask("next", 3);
    const other = await h.discord.press(first, {
      which: "Next ▶",
      user: makeUser("other"),
      locale: "tr",
    });
    expect(other.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(other.data.content).toContain(`<@${reader.id}>`);
    expect(buttons(h.discord.interactionMessages.get(first.id)!.original)).toEqual([
      "◀ Previous (off)",
      "Next ▶",
    ]);
  });
});
