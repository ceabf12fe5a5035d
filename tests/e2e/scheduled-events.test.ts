import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addRole, makeGuild, makeUser, PERMISSIONS } from "../kit/fake-discord/fixtures.js";
import type { InteractionOption } from "../kit/fake-discord/server.js";
import { manualClock, type ManualClock } from "../clock.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";

const [STRING, BOOLEAN, CHANNEL] = [3, 5, 7];
const ADMIN =
  PERMISSIONS.MANAGE_GUILD |
  PERMISSIONS.VIEW_CHANNEL |
  PERMISSIONS.SEND_MESSAGES |
  PERMISSIONS.CREATE_EVENTS;

describe("Discord scheduled events for the coming week", () => {
  let h: Harness;
  let clock: ManualClock;
  const events = () => h.discord.scheduledEvents.get(h.guild.id) ?? [];
  const run = (
    subcommand: string,
    options: InteractionOption[],
    guild = h.guild,
    as: { permissions?: bigint; locale?: string } = {},
  ) =>
    h.discord.answer({
      name: "subscription",
      guild,
      permissions: ADMIN,
      ...as,
      options: [{ name: subcommand, type: 1, options }],
    });

  beforeAll(async () => {
    // Friday 20 November 2026, 10:00 in Baku: Aghdam City Day is under way (its event would start
    // in the past, which Discord refuses); Kalbajar City Day (Wednesday 25th) is within the week.
    // Create Events is all the bot needs: it edits and deletes only the events it made.
    clock = manualClock("2026-11-20T06:00:00Z");
    const guild = makeGuild("Events", makeUser("owner").id, ["general"]);
    const role = addRole(guild, "yaddash", false);
    role.permissions = PERMISSIONS.CREATE_EVENTS.toString();
    guild.botRoles = [role.id];
    h = await startHarness({ clock, guild });
  });
  afterAll(() => h.stop());

  it("are created once, for the observances of the next seven days, as external events", async () => {
    const added = await run("add", [
      { name: "channel", type: CHANNEL, value: h.guild.channels[0]!.id },
      { name: "events", type: BOOLEAN, value: true },
    ]);
    expect(added.data.content).toContain(" · scheduled events\n");
    await expect.poll(() => events().length).toBe(1);
    expect(events()[0]).toMatchObject({
      name: "Kalbajar City Day — 6th anniversary",
      scheduled_start_time: "2026-11-25T05:00:00.000Z",
      scheduled_end_time: "2026-11-25T20:00:00.000Z",
      entity_type: 3,
      privacy_level: 2,
      entity_metadata: { location: "Azerbaijan" },
    });
    expect(events()[0]!.description).toMatch(/^Kalbajar City Day marks/);
    expect(await h.events.sync(h.guild.id)).toEqual({
      created: 0,
      edited: 0,
      removed: 0,
      failed: 0,
    });
  });

  it("are updated when what they say changes, and made again when someone deleted one", async () => {
    const [sub] = await h.subscriptions.list(h.guild.id);
    const id = events()[0]!.id;
    await h.context.subscriptionService.edit(h.guild.id, sub!.id, { language: "az" });
    expect(await h.events.sync(h.guild.id)).toEqual({
      created: 0,
      edited: 1,
      removed: 0,
      failed: 0,
    });
    expect(events()).toEqual([
      expect.objectContaining({ id, name: "Kəlbəcər Şəhəri Günü — 6-cı ildönümü" }),
    ]);
    h.discord.scheduledEvents.set(h.guild.id, []);
    await h.context.subscriptionService.edit(h.guild.id, sub!.id, { language: "ru" });
    expect(await h.events.sync(h.guild.id)).toEqual({
      created: 1,
      edited: 0,
      removed: 0,
      failed: 0,
    });
    expect(events().map((e) => e.name)).toEqual(["День города Кяльбаджар — 6-я годовщина"]);
  });

  it("are removed when the day is over, and when the subscription goes", async () => {
    clock.set("2026-11-25T20:00:00Z");
    expect(await h.events.sync(h.guild.id)).toEqual({
      created: 0,
      edited: 0,
      removed: 1,
      failed: 0,
    });
    expect(events()).toEqual([]);
    clock.set("2026-12-28T00:00:00Z");
    await h.events.sync(h.guild.id);
    expect(events().map((e) => e.scheduled_start_time)).toEqual([
      "2026-12-31T05:00:00.000Z",
      "2027-01-01T05:00:00.000Z",
    ]);
    const [sub] = await h.subscriptions.list(h.guild.id);
    const asked = await run("remove", [{ name: "subscription", type: STRING, value: sub!.id }]);
    await h.discord.press(asked, { which: "Remove", permissions: ADMIN });
    await expect.poll(() => events().length).toBe(0);
  });

  it("a tick keeps them in the background, for the servers of this process", async () => {
    await run("add", [
      { name: "channel", type: CHANNEL, value: h.guild.channels[0]!.id },
      { name: "events", type: BOOLEAN, value: true },
    ]);
    await expect.poll(() => events().length).toBe(2);
    h.discord.scheduledEvents.set(h.guild.id, []);
    clock.set("2026-12-28T00:30:00Z"); // past the ten minutes between a server's syncs
    await h.tick();
    await expect.poll(() => events().length).toBe(2);
  });

  it("never leave a second event: a create applied but answered with an error is retried, and the extra one removed", async () => {
    h.discord.scheduledEvents.set(h.guild.id, []);
    // discord.js sends the POST again after a 5xx; Discord had made the event the first time.
    h.discord.failNext(
      /\/scheduled-events$/,
      { status: 500, afterHandling: true },
      { method: "POST" },
    );
    await h.events.sync(h.guild.id);
    expect(events()).toHaveLength(3);
    expect(await h.events.sync(h.guild.id)).toEqual({
      created: 0,
      edited: 0,
      removed: 1,
      failed: 0,
    });
    expect(events().map((e) => e.scheduled_start_time)).toEqual([
      "2026-12-31T05:00:00.000Z",
      "2027-01-01T05:00:00.000Z",
    ]);
  });

  it("a refusal (Create Events revoked) stops the sync and shows on the subscription", async () => {
    const [sub] = await h.subscriptions.list(h.guild.id);
    h.discord.failNext(
      /\/scheduled-events\/\d+$/,
      { status: 403, body: { code: 50013, message: "Missing Permissions" } },
      { method: "PATCH" },
    );
    await h.context.subscriptionService.edit(h.guild.id, sub!.id, { language: "az" });
    expect(await h.events.sync(h.guild.id)).toEqual({
      created: 0,
      edited: 0,
      removed: 0,
      failed: 1,
    });
    expect((await h.subscriptions.get(h.guild.id, sub!.id))!.lastError).toBe(
      "scheduled events: Missing Permissions",
    );
    // Granted again: the next sync finishes the work.
    expect(await h.events.sync(h.guild.id)).toMatchObject({ edited: 2, failed: 0 });
  });

  it("need Create Events since 23 February 2026: a bot with Manage Events only is refused, naming Create Events in the admin's language", async () => {
    const guild = makeGuild("Manage Events only", makeUser("owner").id, ["general"]);
    const role = addRole(guild, "yaddash", false);
    role.permissions = PERMISSIONS.MANAGE_EVENTS.toString();
    guild.botRoles = [role.id];
    const other = h.discord.addGuild(guild);
    await expect.poll(() => h.client.guilds.cache.has(other.id)).toBe(true);
    const ask = (locale: string) =>
      run(
        "add",
        [
          { name: "channel", type: CHANNEL, value: other.channels[0]!.id },
          { name: "events", type: BOOLEAN, value: true },
        ],
        other,
        { locale },
      );
    expect((await ask("en-US")).data.content).toBe(
      "I need the Create Events permission in this server to keep its scheduled events. Grant it, then try again.",
    );
    expect((await ask("tr")).data.content).toMatch(/Tədbir yaratmaq \(Create Events\)/);
    expect((await ask("ru")).data.content).toMatch(/«Создавать события»/);
    expect(await h.subscriptions.list(other.id)).toEqual([]);
    expect(h.discord.scheduledEvents.get(other.id) ?? []).toEqual([]);
  });

  it("the admin must be able to create events: one without Create Events is refused, naming it", async () => {
    const before = await h.subscriptions.list(h.guild.id);
    const ask = (locale: string) =>
      run(
        "add",
        [
          { name: "channel", type: CHANNEL, value: h.guild.channels[0]!.id },
          { name: "events", type: BOOLEAN, value: true },
        ],
        h.guild,
        { permissions: ADMIN & ~PERMISSIONS.CREATE_EVENTS, locale },
      );
    expect((await ask("en-US")).data.content).toBe(
      "You can't create events in this server yourself (you lack Create Events), so I won't create them for you.",
    );
    expect((await ask("tr")).data.content).toMatch(/Tədbir yaratmaq \(Create Events\)/);
    expect((await ask("ru")).data.content).toMatch(/«Создавать события»/);
    expect(await h.subscriptions.list(h.guild.id)).toEqual(before);
  });
});
