import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuild, makeUser, PERMISSIONS } from "../kit/fake-discord/fixtures.js";
import type { InteractionOption } from "../kit/fake-discord/server.js";
import { manualClock, type ManualClock } from "../clock.js";
import { startFakeDiscord, type FakeDiscord } from "../kit/fake-discord/server.js";
import { startHarness, tempDatabaseUrl, type Harness } from "../kit/bot-harness.js";
import { messages, subscribe } from "../kit/delivery-helpers.js";
import { staffServer } from "./staff-server.js";

const [STRING, INTEGER, BOOLEAN] = [3, 4, 5];
const ADMIN = PERMISSIONS.MANAGE_GUILD | PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES;
const EPHEMERAL = 64;

describe("/date: a server's own dates, posted with the calendar's", () => {
  let h: Harness;
  let clock: ManualClock;
  const channel = (i: number) => h.guild.channels[i]!.id;
  const run = (
    subcommand: string,
    options: InteractionOption[],
    extra: { permissions?: bigint; locale?: string } = {},
  ) =>
    h.discord.answer({
      name: "date",
      permissions: extra.permissions ?? ADMIN,
      locale: extra.locale,
      options: [{ name: subcommand, type: 1, options }],
    });
  const text = (name: string, value: string): InteractionOption => ({ name, type: STRING, value });
  const which = (id: string) => text("which", id);

  beforeAll(async () => {
    clock = manualClock("2026-11-27T00:00:00Z");
    h = await startHarness({ clock });
  });
  afterAll(() => h.stop());

  it("adds a yearly date with its first year; the server's subscriptions post it on the day, counted", async () => {
    const sub = await subscribe(h, { channelId: channel(0) });
    expect(sub.nextDueDate).toBe("2026-12-31");
    const added = await run("add", [
      text("name", "Founding of the server"),
      text("date", "1 December 2021"),
      text("text", "The server opened on this day, see https://example.com/history."),
    ]);
    expect(added.data.flags).toBe(EPHEMERAL);
    expect(added.data.content).toBe(
      "Added: **Founding of the server** · 1 December · every year · since 2021",
    );
    // Rescheduled at once: the next post is now the server's own date.
    expect((await h.subscriptions.get(h.guild.id, sub.id))!.nextDueDate).toBe("2026-12-01");
    clock.set("2026-12-01T05:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1 });
    const [post] = messages(h, channel(0));
    expect(post.embeds[0]).toMatchObject({
      title: "Founding of the server — 5th anniversary",
      description: "The server opened on this day, see https://example.com/history.",
      footer: { text: "A date of this server, added by its admins" },
    });
    expect(post.embeds[0].fields.map((f: { name: string }) => f.name)).toEqual([
      "Date",
      "Kind",
      "Since the event",
    ]);
  });

  it("a one-off date in one language goes only to that language's subscriptions, that once", async () => {
    clock.set("2026-12-02T00:00:00Z");
    const az = await subscribe(h, { channelId: channel(1), language: "az" });
    const added = await run("add", [
      text("name", "Turnir"),
      text("date", "5.12.2026"),
      text("text", "Serverin şahmat turniri."),
      { name: "once", type: BOOLEAN, value: true },
      text("only-language", "az"),
    ]);
    expect(added.data.content).toBe(
      "Added: **Turnir** · 5 December · once, in 2026 · to the az subscriptions only",
    );
    expect((await h.subscriptions.get(h.guild.id, az.id))!.nextDueDate).toBe("2026-12-05");
    clock.set("2026-12-05T05:00:00Z");
    await h.dispatcher.tick();
    expect(messages(h, channel(1)).map((m) => m.embeds[0].title)).toEqual(["Turnir"]);
    expect(messages(h, channel(0))).toHaveLength(1); // the English channel: only 1 December's
    expect((await h.subscriptions.get(h.guild.id, az.id))!.nextDueDate).toBe("2026-12-31");
  });

  it("lists, edits and removes them; the subscriptions follow", async () => {
    const list = await run("list", []);
    expect(list.data.content.split("\n")).toEqual([
      "2 of 50 dates of this server:",
      "1. **Founding of the server** · 1 December · every year · since 2021",
      "2. **Turnir** · 5 December · once, in 2026 · to the az subscriptions only",
    ]);
    const [founding] = await h.context.serverDates.list(h.guild.id);
    const edited = await run("edit", [
      which(founding!.id),
      text("date", "28 December"),
      { name: "first-year", type: INTEGER, value: 2020 },
    ]);
    expect(edited.data.content).toBe(
      "Updated: **Founding of the server** · 28 December · every year · since 2020",
    );
    const [en] = await h.subscriptions.list(h.guild.id);
    expect(en!.nextDueDate).toBe("2026-12-28");
    const asked = await run("remove", [which(founding!.id)]);
    expect(asked.data).toMatchObject({
      flags: EPHEMERAL,
      content:
        "Remove **Founding of the server** · 28 December · every year · since 2020? It will no longer be posted, and this cannot be undone.",
    });
    expect(await h.context.serverDates.list(h.guild.id)).toHaveLength(2);
    const cancelled = await h.discord.press(asked, { which: "Cancel", permissions: ADMIN });
    expect(cancelled.data).toMatchObject({ content: "Nothing was removed.", components: [] });
    expect(await h.context.serverDates.list(h.guild.id)).toHaveLength(2);

    const again = await run("remove", [which(founding!.id)]);
    // Manage Server is checked again at the press.
    const lost = await h.discord.press(again, { which: "Remove", permissions: 0n });
    expect(lost.data.content).toMatch(/Manage Server/);
    expect(await h.context.serverDates.list(h.guild.id)).toHaveLength(2);
    const removed = await h.discord.press(again, { which: "Remove", permissions: ADMIN });
    expect(removed.data).toMatchObject({
      content: "Removed: Founding of the server.",
      components: [],
    });
    expect((await h.subscriptions.list(h.guild.id))[0]!.nextDueDate).toBe("2026-12-31");
    const gone = await run("remove", [which(founding!.id)]);
    expect(gone.data.content).toBe(
      "No such date in this server. Pick one from the list, or see /date list.",
    );
  });

  it("a Remove pressed after the date went is told so, privately, in the member's language", async () => {
    const [turnir] = await h.context.serverDates.list(h.guild.id);
    const asked = await run("remove", [which(turnir!.id)], { locale: "tr" });
    expect(asked.data.content).toMatch(/^\*\*Turnir\*\* .* silinsin\?/);
    await h.context.serverDateService.remove(h.guild.id, turnir!.id);
    const late = await h.discord.press(asked, { which: "Sil", permissions: ADMIN, locale: "ru" });
    expect(late.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(late.data.content).toMatch(/^На этом сервере нет такой даты/);
  });

  it("refuses what may not be posted, in the admin's language, and members without Manage Server", async () => {
    const mention = await run(
      "add",
      [text("name", "Party"), text("date", "1 January"), text("text", "Come, @everyone!")],
      { locale: "ru" },
    );
    expect(mention.data.flags).toBe(EPHEMERAL);
    expect(mention.data.content).toMatch(/^Параметр «текст» не может/);
    const member = await run("list", [], { permissions: PERMISSIONS.VIEW_CHANNEL });
    expect(member.data.content).toBe(
      "You need the Manage Server permission to manage this server's subscriptions.",
    );
    expect(await h.context.serverDates.list(h.guild.id)).toHaveLength(0);
  });

  it("caps a server at 50 dates, and forgets them when the bot leaves the server", async () => {
    for (let i = (await h.context.serverDates.list(h.guild.id)).length; i < 50; i++)
      await h.context.serverDateService.add(h.guild.id, "owner", {
        name: `Day ${i}`,
        text: "A day.",
        month: 1,
        day: 1 + (i % 28),
        year: null,
        firstYear: null,
        language: null,
      });
    const over = await run("add", [
      text("name", "One more"),
      text("date", "2 January"),
      text("text", "x"),
    ]);
    expect(over.data.content).toBe(
      "A server can have at most 50 dates of its own. Remove one first.",
    );
    h.discord.removeGuild(h.guild.id);
    await expect.poll(async () => (await h.context.serverDates.list(h.guild.id)).length).toBe(0);
  });
});

describe("/date acts for the admin: a date goes to every subscribed channel it reaches, and the admin must be able to post in each", () => {
  let h: Harness;
  const channel = (name: string) => h.guild.channels.find((c) => c.name === name)!.id;
  const run = (subcommand: string, options: InteractionOption[], locale?: string) =>
    h.discord.answer({
      name: "date",
      permissions: ADMIN,
      locale,
      options: [{ name: subcommand, type: 1, options }],
    });
  const text = (name: string, value: string): InteractionOption => ({ name, type: STRING, value });
  const dates = () => h.context.serverDates.list(h.guild.id);
  const founding = [text("name", "Founding"), text("date", "1 December"), text("text", "Hello.")];
  const refusal =
    /^This date is posted to <#(\d+)>, where you can't post yourself \(you lack View Channel there\), so I won't do it for you\.$/;

  beforeAll(async () => {
    h = await startHarness({ clock: manualClock("2026-11-27T00:00:00Z"), guild: staffServer() });
    await subscribe(h, { channelId: channel("general") });
    // Takes only city days: no server date reaches it.
    await subscribe(h, { channelId: channel("staff"), kinds: ["city-day"] });
  });
  afterAll(() => h.stop());

  it("dates that reach only channels the admin can post in are added, edited and removed", async () => {
    expect((await run("add", founding)).data.content).toMatch(/^Added: \*\*Founding\*\*/);
    const only = await run("add", [
      ...founding.slice(1),
      text("name", "Az"),
      text("only-language", "az"),
    ]);
    expect(only.data.content).toMatch(/^Added: \*\*Az\*\*/);
    const first = (await dates()).find((d) => d.name === "Founding");
    expect(
      (await run("edit", [text("which", first!.id), text("text", "Hi.")])).data.content,
    ).toMatch(/^Updated:/);
    const asked = await run("remove", [text("which", first!.id)]);
    const removed = await h.discord.press(asked, { which: "Remove", permissions: ADMIN });
    expect(removed.data.content).toBe("Removed: Founding.");
  });

  it("a date that would reach a channel the admin cannot post in is refused, naming the channel and what is missing, in the admin's language", async () => {
    const [staff] = (await h.subscriptions.list(h.guild.id)).filter(
      (s) => s.channelId === channel("staff"),
    );
    // Now it takes every kind, in Russian: dates for every language and for Russian reach it.
    await h.subscriptions.update(h.guild.id, staff!.id, { kinds: [], language: "ru" });
    const before = await dates();
    const added = await run("add", founding);
    expect(added.data.content).toMatch(refusal);
    expect(added.data.content.match(refusal)![1]).toBe(channel("staff"));
    expect((await run("add", founding, "ru")).data.content).toMatch(
      /^Эта дата публикуется в <#\d+>, .*«Просматривать каналы»/,
    );
    expect((await run("add", founding, "tr")).data.content).toMatch(
      /^Bu tarix <#\d+> kanalında .*Kanalı görmək \(View Channel\)/,
    );
    // Editing or removing one that reaches #staff is refused too; one for az only is not.
    const az = before.find((d) => d.name === "Az")!;
    expect(
      (await run("edit", [text("which", az.id), text("text", "Salam.")])).data.content,
    ).toMatch(/^Updated:/);
    const widened = await run("edit", [text("which", az.id), text("only-language", "ru")]);
    expect(widened.data.content).toMatch(refusal);
    await h.context.serverDateService.edit(h.guild.id, az.id, { language: null });
    expect((await run("remove", [text("which", az.id)])).data.content).toMatch(refusal);
    expect((await dates()).map((d) => [d.name, d.language])).toEqual([["Az", null]]);
  });

  it("the reach is checked again at the press: a date that came to reach such a channel meanwhile is kept", async () => {
    const [az] = await dates();
    await h.context.serverDateService.edit(h.guild.id, az!.id, { language: "az" });
    const asked = await run("remove", [text("which", az!.id)]);
    expect(asked.data.content).toMatch(/^Remove \*\*Az\*\*/);
    await h.context.serverDateService.edit(h.guild.id, az!.id, { language: null });
    const pressed = await h.discord.press(asked, { which: "Remove", permissions: ADMIN });
    expect(pressed.data.content).toMatch(refusal);
    expect(await dates()).toHaveLength(1);
  });
});

describe("/date remove's buttons answer the admin who asked, and keep working after a restart", () => {
  let discord: FakeDiscord;
  let h: Harness;
  const clock = manualClock("2026-11-27T00:00:00Z");
  const guild = makeGuild("Restarted", makeUser("owner").id);
  const databaseUrl = tempDatabaseUrl();
  const admin = makeUser("admin");
  const start = () => startHarness({ clock, server: discord, guild, databaseUrl });

  beforeAll(async () => {
    discord = await startFakeDiscord({ now: () => clock.now().toMillis() });
    h = await start();
  });
  afterAll(async () => {
    await h.stop();
    await discord.close();
  });

  it("no one else can press them, and a Remove pressed after the bot restarted removes the date", async () => {
    const date = await h.context.serverDateService.add(guild.id, admin.id, {
      name: "Founding",
      text: "Hello.",
      month: 12,
      day: 1,
      year: null,
      firstYear: null,
      language: null,
    });
    const asked = await h.discord.answer({
      name: "date",
      user: admin,
      permissions: ADMIN,
      options: [
        { name: "remove", type: 1, options: [{ name: "which", type: STRING, value: date.id }] },
      ],
    });
    const other = makeUser("other-admin");
    // Discord shows the ephemeral question to the admin who asked alone…
    await expect(
      discord.press(asked, { which: "Remove", user: other, permissions: ADMIN }),
    ).rejects.toThrow(/ephemeral/);
    // …and were it shown to another, its custom_id names whose it is.
    discord.interactionMessages.get(asked.id)!.original.flags &= ~EPHEMERAL;
    const refused = await discord.press(asked, {
      which: "Remove",
      user: other,
      permissions: ADMIN,
    });
    expect(refused.data.content).toContain(`<@${admin.id}>`);
    discord.interactionMessages.get(asked.id)!.original.flags |= EPHEMERAL;
    expect(await h.context.serverDates.list(guild.id)).toHaveLength(1);

    await h.stop();
    h = await start();
    const removed = await discord.press(asked, { which: "Remove", permissions: ADMIN });
    expect(removed.data).toMatchObject({ content: "Removed: Founding.", components: [] });
    expect(await h.context.serverDates.list(guild.id)).toEqual([]);
  });
});
