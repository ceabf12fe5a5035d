import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  addRole,
  makeGuild,
  makeUser,
  PERMISSIONS,
  type FakeRole,
} from "../kit/fake-discord/fixtures.js";
import type { InteractionOption, InteractionResult } from "../kit/fake-discord/server.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { manualClock, type ManualClock } from "../clock.js";

const EPHEMERAL = 1 << 6;
const [STRING, CHANNEL, ROLE] = [3, 7, 8];
const ADMIN = PERMISSIONS.MANAGE_GUILD | PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES;

describe("/setup, a guided /subscription add", () => {
  let h: Harness;
  let clock: ManualClock;
  let members: FakeRole;
  let quiet: FakeRole;
  const admin = makeUser("setup-admin");
  const channel = (name: string) => h.guild.channels.find((c) => c.name === name)!.id;
  const stored = () => h.subscriptions.list(h.guild.id);
  const setup = (locale = "en-US") =>
    h.discord.interact({ name: "setup", user: admin, permissions: ADMIN, locale });
  const use = (on: InteractionResult, which: string, values?: string[], locale = "en-US") =>
    h.discord.press(on, { which, values, permissions: ADMIN, locale });

  beforeAll(async () => {
    clock = manualClock("2026-11-24T06:00:00Z");
    const guild = makeGuild("Setup server", makeUser("owner").id, [
      "general",
      "announcements",
      "locked",
    ]);
    guild.channels.find((c) => c.name === "announcements")!.type = 5;
    guild.channels.find((c) => c.name === "locked")!.permission_overwrites = [
      { id: guild.id, type: 0, allow: "0", deny: PERMISSIONS.SEND_MESSAGES.toString() },
    ];
    members = addRole(guild, "Members", true);
    quiet = addRole(guild, "Quiet", false);
    h = await startHarness({ guild, clock });
  });
  afterAll(() => h.stop());
  beforeEach(async () => {
    for (const s of await stored()) await h.subscriptions.remove(s.guildId, s.id);
  });

  it("ends in exactly the subscription /subscription add makes with the same values", async () => {
    const asked = await setup();
    expect(asked.callback.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    await use(asked, "Channel to post in", [channel("announcements")]);
    await use(asked, "Role to mention (optional)", [members.id]);
    await use(asked, "Kinds of days (none: all)", ["city-day", "public-holiday"]);
    const step2 = await use(asked, "Next ▶");
    expect(step2.callback.type).toBe(6);
    expect(step2.data.embeds[0].description).toMatch(/^\*\*Step 2 of 2/);
    await use(asked, "Post time (other minutes: /subscription edit)", ["08:00"]);
    await use(asked, "Time zone (others: /subscription edit)", ["Europe/Istanbul"]);
    const chosen = await use(asked, "Language of the posts", ["az"]);
    expect(chosen.data.embeds[0].description).toContain(
      `Channel: <#${channel("announcements")}>\nRole: <@&${members.id}>\nKinds: City day, Public holiday\nTime: 08:00 (Europe/Istanbul)\nLanguage: Azərbaycanca`,
    );

    const preview = await use(asked, "Preview");
    expect(preview.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(preview.data.embeds.length).toBeGreaterThan(0);
    expect(await stored()).toEqual([]);

    const done = await use(asked, "Subscribe");
    expect(done.data).toMatchObject({ embeds: [], components: [] });
    expect(done.data.content).toMatch(/^Subscribed\.\n<#\d+> · 08:00 Europe\/Istanbul · az/);
    const [fromSetup] = await stored();
    await h.subscriptions.remove(h.guild.id, fromSetup!.id);

    await h.discord.answer({
      name: "subscription",
      user: admin,
      permissions: ADMIN,
      options: [
        {
          name: "add",
          type: 1,
          options: [
            { name: "channel", type: CHANNEL, value: channel("announcements") },
            { name: "time", type: STRING, value: "08:00" },
            { name: "timezone", type: STRING, value: "Europe/Istanbul" },
            { name: "language", type: STRING, value: "az" },
            { name: "role", type: ROLE, value: members.id },
            { name: "kinds", type: STRING, value: "city-day, public-holiday" },
          ],
        },
      ],
    });
    const [fromAdd] = await stored();
    expect({ ...fromAdd, id: "" }).toEqual({ ...fromSetup, id: "" });
  });

  it("refuses what /subscription add refuses, with the same texts", async () => {
    const addRefusal = async (options: InteractionOption[]) =>
      (
        await h.discord.answer({
          name: "subscription",
          user: admin,
          permissions: ADMIN,
          options: [{ name: "add", type: 1, options }],
        })
      ).data.content as string;
    const asked = await setup();
    const locked = await use(asked, "Channel to post in", [channel("locked")]);
    expect(locked.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(locked.data.content).toBe(
      await addRefusal([{ name: "channel", type: CHANNEL, value: channel("locked") }]),
    );
    await use(asked, "Channel to post in", [channel("general")]);
    const unmentionable = await use(asked, "Role to mention (optional)", [quiet.id]);
    expect(unmentionable.data.content).toBe(
      await addRefusal([
        { name: "channel", type: CHANNEL, value: channel("general") },
        { name: "role", type: ROLE, value: quiet.id },
      ]),
    );

    await addRefusal([{ name: "channel", type: CHANNEL, value: channel("general") }]);
    await use(asked, "Next ▶");
    const twice = await use(asked, "Subscribe");
    expect(twice.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(twice.data.content).toBe(
      await addRefusal([{ name: "channel", type: CHANNEL, value: channel("general") }]),
    );
    expect(await stored()).toHaveLength(1);
  });

  it("Cancel saves nothing; after 15 minutes the set-up has expired, said in the admin's language", async () => {
    const cancelled = await setup();
    const gone = await use(cancelled, "Cancel");
    expect(gone.data).toMatchObject({
      content: "Set-up cancelled; nothing was saved.",
      components: [],
    });

    const late = await setup("ru");
    clock.advance({ minutes: 15 });
    const expired = await use(late, "Канал для публикаций", [channel("general")], "ru");
    expect(expired.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(expired.data.content).toMatch(/^Срок действия этой кнопки или меню истёк/);
    expect(await stored()).toEqual([]);
  });

  it("Next waits for a channel; a member without Manage Server is refused", async () => {
    const asked = await setup();
    await expect(use(asked, "Next ▶")).rejects.toThrow(/disabled/);
    const refused = await h.discord.press(asked, {
      which: "Channel to post in",
      values: [channel("general")],
      permissions: 0n,
    });
    expect(refused.data.content).toMatch(/Manage Server/);
  });
});
