import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock, type ManualClock } from "../clock.js";
import { makeGuild, makeUser, PERMISSIONS } from "../kit/fake-discord/fixtures.js";
import { DISCORD_ERRORS, type InteractionOption } from "../kit/fake-discord/server.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { messages, subscribe, subscriptionCommand } from "../kit/delivery-helpers.js";

const [STRING, CHANNEL, BOOLEAN] = [3, 7, 5];
const TITLE = "Upcoming days";

describe("the live upcoming-days message", () => {
  let h: Harness;
  let clock: ManualClock;
  let dataDir: string;
  const channel = (i: number) => h.guild.channels[i]!.id;
  const run = (subcommand: string, options: InteractionOption[]) =>
    subscriptionCommand(h, subcommand, options);
  /** The live messages in a channel, and the requests that made or edited them. */
  const live = (channelId: string) => messages(h, channelId).filter((m) => isLive(m));
  const isLive = (m: { embeds?: { title?: string }[] }) => m.embeds?.[0]?.title === TITLE;
  const creates = (channelId: string) =>
    h.discord
      .seen("POST", new RegExp(`^/channels/${channelId}/messages$`))
      .filter((r) => isLive(r.body));
  const edits = (channelId: string) =>
    h.discord.seen("PATCH", new RegExp(`^/channels/${channelId}/messages/\\d+$`));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "yaddash-data-"));
    cpSync("data", dataDir, { recursive: true });
    // Monday 23 November 2026, 04:00 in Baku.
    clock = manualClock("2026-11-23T00:00:00Z");
    // Pin Messages for everyone, but in #no-pins.
    const guild = makeGuild("Test server", makeUser("owner").id, ["general", "news", "no-pins"]);
    const everyone = guild.roles[0]!;
    everyone.permissions = String(BigInt(everyone.permissions) | PERMISSIONS.PIN_MESSAGES);
    const deny = String(PERMISSIONS.PIN_MESSAGES);
    guild.channels[2]!.permission_overwrites = [{ id: guild.id, type: 0, allow: "0", deny }];
    h = await startHarness({ clock, dataDir, guild });
  });
  afterAll(() => h.stop());

  it("is made once, and edited — never posted again — when a day passes", async () => {
    const added = await run("add", [
      { name: "channel", type: CHANNEL, value: channel(0) },
      { name: "kinds", type: STRING, value: "city-day" },
      { name: "live", type: BOOLEAN, value: true },
    ]);
    expect(added.data.content).toContain("live message");
    await h.tick();
    const [made] = live(channel(0));
    expect(live(channel(0))).toHaveLength(1);
    expect(made.embeds[0].description.split("\n")[0]).toMatch(
      /^25 November 2026 · \*\*Kalbajar City Day — 6th anniversary\*\*/,
    );
    // Only city days: the subscription's kinds.
    expect(
      made.embeds[0].description.split("\n").every((l: string) => l.includes("City Day")),
    ).toBe(true);
    // Nothing changed: no request at all.
    clock.set("2026-11-23T00:01:00Z");
    await h.tick();
    expect([creates(channel(0)).length, edits(channel(0)).length]).toEqual([1, 0]);

    // Local midnight after Kalbajar City Day (26 November, 00:00 in Baku): the list moves on.
    clock.set("2026-11-25T20:00:00Z");
    await h.tick();
    expect([creates(channel(0)).length, edits(channel(0)).length]).toEqual([1, 1]);
    const [edited] = live(channel(0));
    expect(edited.id).toBe(made.id);
    expect(edited.edited_timestamp).toBe("2026-11-25T20:00:00.000Z");
    expect(edited.embeds[0].description.split("\n")[0]).not.toMatch(/Kalbajar/);
  });

  it("is edited when the calendar is reloaded with a change", async () => {
    const file = join(dataDir, "observances.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("en: Lachin City Day", "en: Lachin City Day (renamed)"),
    );
    expect(await h.reloadCalendar()).toMatchObject({ ok: true, changed: true });
    clock.set("2026-11-25T20:01:00Z");
    await h.tick();
    expect([creates(channel(0)).length, edits(channel(0)).length]).toEqual([1, 2]);
    expect(live(channel(0))[0].embeds[0].description).toMatch(/Lachin City Day \(renamed\)/);
  });

  it("is made again after a member deletes it", async () => {
    const [old] = live(channel(0));
    h.discord.deleteMessageAsMember(channel(0), old.id);
    // An admin's change (here, live:true again) is edited even if the list is the same: the edit finds
    // the message gone (10008), and a new one is posted.
    const [sub] = await h.subscriptions.list(h.guild.id);
    await run("edit", [
      { name: "subscription", type: STRING, value: sub!.id },
      { name: "live", type: BOOLEAN, value: true },
    ]);
    clock.set("2026-11-30T20:00:00Z");
    await h.tick();
    const [again] = live(channel(0));
    expect(live(channel(0))).toHaveLength(1);
    expect(again.id).not.toBe(old.id);
    expect(edits(channel(0)).at(-1)!.status).toBe(404);
    expect(creates(channel(0))).toHaveLength(2);
  });

  it("is pinned when asked; a pin refused for want of Pin Messages is reported, and the message kept", async () => {
    const refused = await run("add", [
      { name: "channel", type: CHANNEL, value: channel(2) },
      { name: "pin", type: BOOLEAN, value: true },
    ]);
    expect(refused.data.content).toBe(
      `I need the Pin Messages permission in <#${channel(2)}> to pin the live message. Grant it, or leave pin off.`,
    );
    // Allowed when added; taken away before the message is made (the bot learns it from Discord).
    const everyone = h.guild.roles[0]!;
    const allowed = everyone.permissions;
    await run("add", [
      { name: "channel", type: CHANNEL, value: channel(1) },
      { name: "live", type: BOOLEAN, value: true },
      { name: "pin", type: BOOLEAN, value: true },
    ]);
    everyone.permissions = String(BigInt(allowed) & ~PERMISSIONS.PIN_MESSAGES);
    clock.set("2026-11-30T20:01:00Z");
    await h.tick();
    expect(live(channel(1))).toHaveLength(1);
    expect(live(channel(1))[0].pinned).toBe(false);
    const [pin] = h.discord.seen("PUT", /^\/channels\/\d+\/messages\/pins\/\d+$/);
    expect(pin!.status).toBe(403);
    const listed = await run("list", []);
    expect(listed.data.content).toMatch(/not pinned: .*Pin Messages/);

    // Granted Pin Messages, the next change pins it.
    everyone.permissions = allowed;
    const [sub] = (await h.subscriptions.list(h.guild.id)).filter(
      (s) => s.channelId === channel(1),
    );
    await run("edit", [
      { name: "subscription", type: STRING, value: sub!.id },
      { name: "pin", type: BOOLEAN, value: true },
    ]);
    clock.set("2026-11-30T20:02:00Z");
    await h.tick();
    expect(live(channel(1))).toHaveLength(1);
    expect(live(channel(1))[0].pinned).toBe(true);
  });

  it("lists a server's own date as soon as an admin adds it", async () => {
    const text = (name: string, value: string) => ({ name, type: STRING, value });
    const added = await h.discord.answer({
      name: "date",
      permissions: PERMISSIONS.MANAGE_GUILD | PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES,
      options: [
        {
          name: "add",
          type: 1,
          options: [text("name", "Founding"), text("date", "3 December"), text("text", "Hello.")],
        },
      ],
    });
    expect(added.data.content).toMatch(/Founding/);
    const before = edits(channel(1)).length;
    clock.set("2026-11-30T20:02:30Z");
    await h.tick();
    expect(edits(channel(1))).toHaveLength(before + 1);
    expect(live(channel(1))[0].embeds[0].description).toMatch(/3 December 2026 · \*\*Founding/);
  });

  it("ends as posts do: broken when refused (50013), removed when the channel is gone (10003)", async () => {
    const [sub] = (await h.subscriptions.list(h.guild.id)).filter(
      (s) => s.channelId === channel(1),
    );
    const pick = { name: "subscription", type: STRING, value: sub!.id };
    const edit = /^\/channels\/\d+\/messages\/\d+$/;
    h.discord.failNext(edit, DISCORD_ERRORS.missingPermissions, { method: "PATCH" });
    await run("edit", [pick, { name: "live", type: BOOLEAN, value: true }]);
    clock.set("2026-11-30T20:03:00Z");
    await h.tick();
    expect(await h.subscriptions.get(h.guild.id, sub!.id)).toMatchObject({
      status: "broken",
      brokenReason: "Missing Permissions (50013)",
    });
    h.discord.failNext(edit, DISCORD_ERRORS.unknownChannel, { method: "PATCH" });
    await run("resume", [pick]);
    clock.set("2026-11-30T20:04:00Z");
    await h.tick();
    expect(await h.subscriptions.get(h.guild.id, sub!.id)).toBeUndefined();
    expect(live(channel(1))).toHaveLength(1);
  });
});

describe("a live message whose create was not recorded", () => {
  it("is found in the channel and kept, never made twice — even past the nonce's window", async () => {
    const clock = manualClock("2026-11-23T00:00:00Z");
    const h = await startHarness({ clock, timeoutMs: 300 });
    try {
      const channelId = h.guild.channels[0]!.id;
      // The message is made, and every answer lost (as when the process dies before recording it).
      h.discord.failNext(
        /^\/channels\/\d+\/messages$/,
        { status: 0, hang: true, afterHandling: true },
        { method: "POST", times: 10 },
      );
      await subscribe(h, { channelId, live: true });
      await h.tick();
      h.discord.clearFailures();
      const live = () => messages(h, channelId).filter((m) => m.embeds[0]?.title === TITLE);
      expect(live()).toHaveLength(1);
      const creates = () => h.discord.seen("POST", /^\/channels\/\d+\/messages$/).length;
      const before = creates();
      // Ten minutes on, well past the nonce's few minutes: only a look in the channel can tell.
      clock.set("2026-11-23T00:10:00Z");
      await h.tick();
      await h.tick();
      expect(live()).toHaveLength(1);
      expect(creates()).toBe(before);
      expect(h.logs.some((l) => l.includes("found the earlier try's live message"))).toBe(true);
      // Recorded: a change edits it.
      const edits = () => h.discord.seen("PATCH", new RegExp(`/messages/${live()[0].id}$`)).length;
      const edited = edits();
      clock.set("2026-11-25T20:00:00Z");
      await h.tick();
      expect(edits()).toBe(edited + 1);
      expect(live()).toHaveLength(1);
    } finally {
      await h.stop();
    }
  });
});

describe("a live message whose list stays the same for days", () => {
  it("is looked at each local midnight: pinned again if unpinned, made again if deleted", async () => {
    const clock = manualClock("2026-11-23T00:00:00Z");
    const guild = makeGuild("Test server", makeUser("owner").id, ["general"]);
    const everyone = guild.roles[0]!;
    everyone.permissions = String(BigInt(everyone.permissions) | PERMISSIONS.PIN_MESSAGES);
    const h = await startHarness({ clock, guild });
    try {
      const channelId = h.guild.channels[0]!.id;
      const live = () => messages(h, channelId).filter((m) => m.embeds[0]?.title === TITLE);
      await subscribe(h, { channelId, live: true, pin: true, kinds: ["city-day"] });
      await h.tick();
      const [made] = live();
      expect(made.pinned).toBe(true);
      const first = made.embeds[0].description;

      // A member unpins it; at midnight in Baku (24 November) the same city days are listed.
      h.discord.unpinMessageAsMember(channelId, made.id);
      clock.set("2026-11-23T20:00:00Z");
      await h.tick();
      expect(live()).toHaveLength(1);
      expect(live()[0]).toMatchObject({ id: made.id, pinned: true });
      expect(live()[0].embeds[0].description).toBe(first);

      // A member deletes it; the next midnight, the list still the same, it is made again.
      h.discord.deleteMessageAsMember(channelId, made.id);
      clock.set("2026-11-24T20:00:00Z");
      await h.tick();
      expect(live()).toHaveLength(1);
      expect(live()[0].id).not.toBe(made.id);
      expect(live()[0]).toMatchObject({ pinned: true, embeds: [{ description: first }] });
    } finally {
      await h.stop();
    }
  });
});

describe("a live message no longer kept up", () => {
  it("is deleted when moved to another channel, turned off, or its subscription removed", async () => {
    const clock = manualClock("2026-11-23T00:00:00Z");
    const guild = makeGuild("Test server", makeUser("owner").id, ["general", "news"]);
    const everyone = guild.roles[0]!;
    everyone.permissions = String(BigInt(everyone.permissions) | PERMISSIONS.PIN_MESSAGES);
    const h = await startHarness({ clock, guild });
    try {
      const [general, news] = h.guild.channels.map((c) => c.id) as [string, string];
      const live = (channelId: string) =>
        messages(h, channelId).filter((m) => m.embeds[0]?.title === TITLE);
      const run = (subcommand: string, options: InteractionOption[]) =>
        subscriptionCommand(h, subcommand, options);
      const sub = await subscribe(h, { channelId: general, live: true, pin: true });
      const pick = { name: "subscription", type: STRING, value: sub.id };
      await h.tick();
      expect(live(general)[0].pinned).toBe(true);

      // Moved to #news: the message in #general goes (its pin with it); #news gets one.
      await run("edit", [pick, { name: "channel", type: CHANNEL, value: news }]);
      await expect.poll(() => live(general).length).toBe(0);
      clock.set("2026-11-23T00:01:00Z");
      await h.tick();
      expect(live(news)).toHaveLength(1);

      // Turned off: it goes; on again, a new one is made.
      await run("edit", [pick, { name: "live", type: BOOLEAN, value: false }]);
      await expect.poll(() => live(news).length).toBe(0);
      await run("edit", [pick, { name: "live", type: BOOLEAN, value: true }]);
      clock.set("2026-11-23T00:02:00Z");
      await h.tick();
      expect(live(news)).toHaveLength(1);

      // Removed, after a member deleted it: Unknown Message (10008) to the delete, and no error.
      h.discord.deleteMessageAsMember(news, live(news)[0].id);
      const asked = await run("remove", [pick]);
      await h.discord.press(asked, { which: "Remove", permissions: PERMISSIONS.MANAGE_GUILD });
      const deletes = () => h.discord.seen("DELETE", /^\/channels\/\d+\/messages\/\d+$/);
      await expect.poll(() => deletes().length).toBe(3);
      expect(deletes().map((r) => r.status)).toEqual([204, 204, 404]);
      expect(await h.subscriptions.list(h.guild.id)).toEqual([]);
      expect(h.logs.some((l) => l.includes("could not delete a live message"))).toBe(false);
    } finally {
      await h.stop();
    }
  });
});
