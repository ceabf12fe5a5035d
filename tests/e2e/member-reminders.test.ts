import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { manualClock, type ManualClock } from "../clock.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { makeUser, PERMISSIONS, type FakeUser } from "../kit/fake-discord/fixtures.js";
import {
  DISCORD_ERRORS,
  startFakeDiscord,
  type FakeDiscord,
  type InteractionOption,
} from "../kit/fake-discord/server.js";
import { observance } from "../kit/helpers.js";
import { postgresSchema } from "../kit/postgres-schema.js";
import { messages, subscribe } from "../kit/delivery-helpers.js";

const [STRING, BOOLEAN] = [3, 5];
const EPHEMERAL = 64;
const text = (name: string, value: string): InteractionOption => ({ name, type: STRING, value });

/** `/remind <subcommand>` by a member, in their Discord locale; the answer they read. */
const remind = (
  h: Harness,
  user: FakeUser,
  subcommand: string,
  options: InteractionOption[] = [],
  locale = "en-US",
) =>
  h.discord
    .answer({ name: "remind", options: [{ name: subcommand, type: 1, options }], user, locale })
    .then((a) => a.data as { content: string; flags: number });

/** The bot's direct messages to a user, as Discord keeps them. */
const dms = (discord: FakeDiscord, user: FakeUser) =>
  discord.messages.get(discord.directMessages.channelWith(user.id) ?? "") ?? [];
const dmPosts = (discord: FakeDiscord, user: FakeUser) => {
  const channel = discord.directMessages.channelWith(user.id);
  return channel ? discord.seen("POST", new RegExp(`^/channels/${channel}/messages$`)) : [];
};

// 18:00 in Baku on 7 November, the evening before Victory Day and Shusha City Day (8 November).
const EVENING_BEFORE = "2026-11-07T14:00:00Z";

describe("members' reminders: a direct message the evening before, once", () => {
  let h: Harness;
  let clock: ManualClock;

  beforeAll(async () => {
    clock = manualClock("2026-11-01T10:00:00Z");
    h = await startHarness({ clock });
  });
  afterAll(() => h.stop());

  it("a reminder set by /remind arrives once, the day before, in the member's language, with all their days in one message", async () => {
    const leyla = makeUser("leyla");
    const added = await remind(h, leyla, "add", [text("day", "victory-day")], "ru");
    expect(added.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(added.content).toContain("Готово");
    expect(added.content).toContain("8 ноября 2026");
    await remind(h, leyla, "add", [text("kind", "city-day")], "ru");

    clock.set("2026-11-07T13:59:00Z");
    expect((await h.reminders.tick()).sent).toBe(0);
    expect(h.discord.seen("POST", /^\/users\/@me\/channels$/)).toHaveLength(0);
    clock.set(EVENING_BEFORE);
    expect(await h.reminders.tick()).toMatchObject({ due: 1, sent: 1 });
    clock.set("2026-11-07T14:01:00Z");
    await h.reminders.tick();

    const [dm, ...more] = dms(h.discord, leyla);
    expect(more).toEqual([]);
    expect(dm.content).toMatch(/^Через 1 день: 8 ноября 2026/);
    expect(dm.embeds.map((e: { title: string }) => e.title)).toEqual([
      expect.stringContaining(observance("victory-day").names.ru),
      expect.stringContaining(observance("shusha-city-day").names.ru),
    ]);
    const [request] = dmPosts(h.discord, leyla);
    expect(request!.body).toMatchObject({
      allowed_mentions: { parse: [], users: [], roles: [] },
      enforce_nonce: true,
    });
    expect(dmPosts(h.discord, leyla)).toHaveLength(1);
  });

  it("a member whose DMs are closed is recorded, not retried, and told why and how to resume by /remind list", async () => {
    const closed = makeUser("closed");
    await remind(h, closed, "add", [text("day", "novruz")]);
    h.discord.directMessages.closed.add(closed.id);
    // The evening before Novruz 2027 (20 March).
    clock.set("2027-03-19T14:00:00Z");
    expect(await h.reminders.tick()).toMatchObject({ sent: 0, failed: 1 });
    clock.set("2027-03-19T14:05:00Z");
    expect(await h.reminders.tick()).toMatchObject({ due: 0, sent: 0 });
    expect(dmPosts(h.discord, closed)).toHaveLength(1);
    expect(dmPosts(h.discord, closed)[0]!.status).toBe(403);

    const listed = await remind(h, closed, "list");
    expect(listed.content).toContain("Cannot send messages to this user");
    expect(listed.content).toContain("/remind resume");
    h.discord.directMessages.closed.delete(closed.id);
    expect((await remind(h, closed, "resume")).content).toContain("Resumed");
    expect((await remind(h, closed, "list")).content).not.toContain("Paused");
  });

  it("/remind remove erases one reminder, or everything kept about the member", async () => {
    const ali = makeUser("ali");
    await remind(h, ali, "add", [text("day", "victory-day")], "tr");
    await remind(h, ali, "add", [text("kind", "memorial-day")], "tr");
    const removed = await remind(h, ali, "remove", [text("reminder", "kind:memorial-day")], "tr");
    expect(removed.content).toContain("Silindi");
    expect((await h.context.reminders.member(ali.id))!.targets).toEqual([
      { observance: "victory-day" },
    ]);
    const erased = await remind(
      h,
      ali,
      "remove",
      [{ name: "all", type: BOOLEAN, value: true }],
      "tr",
    );
    expect(erased.content).toContain("silindi");
    expect(await h.context.reminders.member(ali.id)).toBeUndefined();
    expect((await remind(h, ali, "list", [], "tr")).content).toContain("/remind add");
  });
});

describe("members' reminders, when the day has begun or the member changed their mind", () => {
  let h: Harness;
  let clock: ManualClock;

  beforeAll(async () => {
    clock = manualClock("2026-11-07T10:00:00Z");
    // One DM at a time: the fan-out's later members wait while the first is sent.
    h = await startHarness({ clock, delivery: { concurrency: 1 } });
  });
  afterAll(() => h.stop());

  it("is sent late in the evening before, never once the day has begun in Baku; /remind add's next date says so", async () => {
    const late = makeUser("late");
    // 23:00 in Baku on 7 November: Shusha City Day has not begun.
    clock.set("2026-11-07T19:00:00Z");
    const evening = await remind(h, late, "add", [text("day", "shusha-city-day")]);
    expect(evening.content).toContain("Next: 8 November 2026");
    expect(await h.reminders.tick()).toMatchObject({ sent: 1 });

    const night = makeUser("night");
    // 01:00 in Baku on 8 November: Victory Day has begun; its next reminder is next year's.
    clock.set("2026-11-07T21:00:00Z");
    const added = await remind(h, night, "add", [text("day", "victory-day")]);
    expect(added.content).toContain("Next: 8 November 2027");
    expect(await h.reminders.tick()).toMatchObject({ due: 0, sent: 0 });
    expect(dmPosts(h.discord, night)).toHaveLength(0);
  });

  it("a member who erases everything while the evening's DMs go out gets none, and nothing is kept about them", async () => {
    const [first, second] = [makeUser("first"), makeUser("second")];
    await remind(h, first, "add", [text("day", "novruz")]);
    await remind(h, second, "add", [text("day", "novruz")]);
    // The first member's DM channel is opened, and Discord's answer waits: the second member waits too.
    const openDm = /^\/users\/@me\/channels$/;
    const opened = h.discord.seen("POST", openDm).length;
    h.discord.failNext(openDm, { status: 0, hang: true }, { method: "POST" });
    clock.set("2027-03-19T14:00:00Z");
    const tick = h.reminders.tick();
    await expect.poll(() => h.discord.seen("POST", openDm).length).toBe(opened + 1);
    const erased = await remind(h, second, "remove", [{ name: "all", type: BOOLEAN, value: true }]);
    expect(erased.content).toContain("erased");
    h.discord.releaseHeld();
    expect(await tick).toMatchObject({ sent: 1 });
    expect(dms(h.discord, first)).toHaveLength(1);
    expect(dmPosts(h.discord, second)).toHaveLength(0);
    expect(await h.deliveries.list(`member:${second.id}`)).toEqual([]);
    expect(await h.context.reminders.member(second.id)).toBeUndefined();
  });

  it("a member who allows DMs and resumes gets that evening's reminder; /remind add while paused says how to resume", async () => {
    const shut = makeUser("shut");
    await remind(h, shut, "add", [text("day", "victory-day")]);
    h.discord.directMessages.closed.add(shut.id);
    // 18:00 in Baku on 7 November 2027: Discord refuses the DM, and the member's reminders pause.
    clock.set("2027-11-07T14:00:00Z");
    expect(await h.reminders.tick()).toMatchObject({ failed: 1 });

    const paused = await remind(h, shut, "add", [text("kind", "city-day")], "az");
    expect(paused.content).not.toContain("Hazırdır");
    expect(paused.content).toContain("/remind resume");

    h.discord.directMessages.closed.delete(shut.id);
    clock.set("2027-11-07T15:00:00Z");
    expect((await remind(h, shut, "resume")).content).toContain("Resumed");
    expect(await h.reminders.tick()).toMatchObject({ sent: 1 });
    expect(dms(h.discord, shut)).toHaveLength(1);
  });
});

describe("a DM that may have gone out, retried after its nonce is forgotten", () => {
  it("is found though the member added a day to it meanwhile (the look matches the days, not the words): one DM", async () => {
    const clock = manualClock("2026-11-07T10:00:00Z");
    const h = await startHarness({ clock });
    try {
      const leyla = makeUser("leyla");
      await remind(h, leyla, "add", [text("day", "victory-day")]);
      // The first try makes the DM but answers 500; discord.js's three retries get 500 too.
      const path = /^\/channels\/\d+\/messages$/;
      h.discord.failNext(
        path,
        { ...DISCORD_ERRORS.serverError, afterHandling: true },
        { method: "POST" },
      );
      h.discord.failNext(path, DISCORD_ERRORS.serverError, { method: "POST", times: 3 });
      clock.set(EVENING_BEFORE);
      expect(await h.reminders.tick()).toMatchObject({ sent: 0, retrying: 1 });
      expect(dms(h.discord, leyla)).toHaveLength(1);
      // Shusha City Day is on 8 November too: the evening's DM now names two days, in Russian.
      await remind(h, leyla, "add", [text("day", "shusha-city-day")], "ru");
      clock.set("2026-11-07T14:10:00Z");
      await h.reminders.tick();
      expect(dms(h.discord, leyla)).toHaveLength(1);
      expect((await h.deliveries.list()).map((d) => d.status)).toEqual(["sent"]);
    } finally {
      await h.stop();
    }
  });
});

describe("the Remind me button under a day's post", () => {
  let h: Harness;
  let clock: ManualClock;

  beforeAll(async () => {
    clock = manualClock("2026-11-08T04:00:00Z");
    h = await startHarness({ clock });
  });
  afterAll(() => h.stop());

  it("adds a reminder of the day's observances for whoever presses it, answered to them alone in their language; a second press changes nothing", async () => {
    const channelId = h.guild.channels[0]!.id;
    await subscribe(h, { channelId, kinds: ["city-day", "public-holiday"] });
    clock.set("2026-11-08T05:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1 });
    const [post] = messages(h, channelId);
    const [button] = post.components[0].components;
    expect(button).toMatchObject({
      type: 2,
      label: "Remind me",
      custom_id: "remind::2026-11-08:0.3",
    });

    const aysel = makeUser("aysel");
    const pressed = await h.discord.press(post, { which: "Remind me", user: aysel, locale: "tr" });
    expect(pressed.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(pressed.data.content).toContain("Hazırdır");
    expect(pressed.data.content).toContain(observance("victory-day").names.az);
    const again = await h.discord.press(post, { which: "Remind me", user: aysel, locale: "tr" });
    expect(again.data.content).toContain("artıq var");
    expect(await h.context.reminders.member(aysel.id)).toMatchObject({
      language: "az",
      targets: expect.arrayContaining([
        { observance: "victory-day" },
        { observance: "shusha-city-day" },
      ]),
    });
    expect((await h.context.reminders.member(aysel.id))!.targets).toHaveLength(2);
    // The post itself is as it was, for everyone.
    expect(messages(h, channelId)).toHaveLength(1);
    expect(messages(h, channelId)[0].content).toBe(post.content);
  });

  it("reminds of what the post showed: a channel of city days gets a button for Shusha City Day, not Victory Day", async () => {
    const ownClock = manualClock("2026-11-08T04:00:00Z");
    const own = await startHarness({ clock: ownClock });
    try {
      const channelId = own.guild.channels[0]!.id;
      await subscribe(own, { channelId, kinds: ["city-day"] });
      ownClock.set("2026-11-08T05:00:00Z");
      expect(await own.dispatcher.tick()).toMatchObject({ sent: 1 });
      const [post] = messages(own, channelId);
      const cem = makeUser("cem");
      await own.discord.press(post, { which: "Remind me", user: cem });
      expect((await own.context.reminders.member(cem.id))!.targets).toEqual([
        { observance: "shusha-city-day" },
      ]);
    } finally {
      await own.stop();
    }
  });

  it("a post made only of the server's own dates has no Remind me button: there is nothing of the calendar's to remind of", async () => {
    const channelId = h.guild.channels[1]!.id;
    const dateOptions = [
      text("name", "Turnir"),
      text("date", "5.12.2026"),
      text("text", "Serverin şahmat turniri."),
    ];
    const added = await h.discord.answer({
      name: "date",
      permissions: PERMISSIONS.MANAGE_GUILD | PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES,
      options: [{ name: "add", type: 1, options: dateOptions }],
    });
    expect((added.data as { content: string }).content).toContain("Added");
    await subscribe(h, { channelId, kinds: ["server-day"] });
    clock.set("2026-12-05T05:00:00Z");
    await h.dispatcher.tick();
    const [post, ...more] = messages(h, channelId);
    expect(more).toEqual([]);
    expect(post.embeds.map((e: { title: string }) => e.title)).toEqual(["Turnir"]);
    expect(post.components ?? []).toEqual([]);
  });

  it("a press while the member's reminders are paused keeps its days, and says so and how to resume", async () => {
    const [post] = messages(h, h.guild.channels[0]!.id);
    const shy = makeUser("shy");
    await remind(h, shy, "add", [text("day", "novruz")]);
    h.discord.directMessages.closed.add(shy.id);
    clock.set("2027-03-19T14:00:00Z");
    expect(await h.reminders.tick()).toMatchObject({ failed: 1 });
    const pressed = await h.discord.press(post, { which: "Remind me", user: shy, locale: "ru" });
    expect(pressed.data.content).not.toContain("Готово");
    expect(pressed.data.content).toContain("Сохранено");
    expect(pressed.data.content).toContain("/remind resume");
    expect((await h.context.reminders.member(shy.id))!.targets).toHaveLength(3);
  });
});

const url = process.env.TEST_POSTGRES_URL;
const skipReason = url ? null : "TEST_POSTGRES_URL is not set (.ci/run sets it)";

describe.skipIf(skipReason)(
  `members' reminders from two processes${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    const schema = postgresSchema(url!, "reminders");
    let discord: FakeDiscord;
    const harnesses: Harness[] = [];
    afterEach(async () => {
      for (const h of harnesses.splice(0)) await h.stop().catch(() => undefined);
      await discord.close();
      await schema.drop();
    });

    it("two processes ticking together, then one killed mid-send, still make exactly one DM each", async () => {
      await schema.create();
      const clock = manualClock("2026-11-01T10:00:00Z");
      discord = await startFakeDiscord({ now: () => clock.now().toMillis() });
      const common = {
        clock,
        server: discord,
        databaseUrl: url!,
        store: { schema: schema.name },
        delivery: { leaseSeconds: 120 },
        timeoutMs: 600_000,
      };
      const [first, second] = [await startHarness(common), await startHarness(common)];
      harnesses.push(first, second);
      const together = makeUser("together");
      const lost = makeUser("lost");
      await remind(first, together, "add", [text("day", "victory-day")]);
      await remind(first, lost, "add", [text("day", "shusha-city-day")]);

      // The DM to `lost` is made by Discord, and its answer never comes back: that process dies.
      await discord.interact({ name: "today", user: lost }, 5000);
      const lostChannel = discord.directMessages.open(lost.id).id;
      discord.failNext(
        new RegExp(`^/channels/${lostChannel}/messages$`),
        { status: 0, hang: true, afterHandling: true },
        { method: "POST" },
      );
      clock.set(EVENING_BEFORE);
      void first.reminders.tick();
      await expect.poll(() => dmPosts(discord, lost).length).toBe(1);
      await second.reminders.tick();
      harnesses.splice(harnesses.indexOf(first), 1);
      await first.stop();

      // Past its lease (and the nonce's window), the survivor takes the DM over and finds it made.
      clock.set("2026-11-07T14:10:00Z");
      await second.reminders.tick();
      expect(dms(discord, together)).toHaveLength(1);
      expect(dms(discord, lost)).toHaveLength(1);
      expect(dmPosts(discord, lost)).toHaveLength(1);
      expect(await second.deliveries.list(`member:${lost.id}`)).toMatchObject([
        { status: "sent", messageId: dms(discord, lost)[0].id },
      ]);
    });
  },
);
