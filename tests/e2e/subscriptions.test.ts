import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  addRole,
  makeGuild,
  makeUser,
  PERMISSIONS,
  type FakeRole,
} from "../kit/fake-discord/fixtures.js";
import type { InteractionOption } from "../kit/fake-discord/server.js";
import { newSubscription } from "../kit/helpers.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { staffServer } from "./staff-server.js";
import { COMMANDS } from "../../src/discord/commands/registry.js";
import { deployCommands } from "../../src/discord/deploy.js";

const EPHEMERAL = 1 << 6;
const [STRING, INTEGER, BOOLEAN, CHANNEL, ROLE] = [3, 4, 5, 7, 8];
const ADMIN = PERMISSIONS.MANAGE_GUILD | PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES;

describe("/subscription, end to end", () => {
  let h: Harness;
  let members: FakeRole;
  let quiet: FakeRole;
  const channel = (name: string) => h.guild.channels.find((c) => c.name === name)!.id;
  const admin = makeUser("admin");

  const run = (subcommand: string, options: InteractionOption[] = [], permissions = ADMIN) =>
    h.discord.answer({
      name: "subscription",
      user: admin,
      permissions,
      options: [{ name: subcommand, type: 1, options }],
    });
  const add = (options: InteractionOption[], permissions?: bigint) =>
    run("add", options, permissions);
  const pick = (id: string): InteractionOption => ({
    name: "subscription",
    type: STRING,
    value: id,
  });
  const stored = () => h.subscriptions.list(h.guild.id);
  /** Saves a subscription without the command (and its checks), as an earlier state would have. */
  const storeDirectly = (id: string, channelId: string) =>
    h.subscriptions.add(
      newSubscription({ id, guildId: h.guild.id, channelId, timeZone: "UTC", createdBy: admin.id }),
      "2026-11-25T00:00:00.000Z",
    );

  beforeAll(async () => {
    const guild = makeGuild("Admins' server", makeUser("owner").id, [
      "general",
      "announcements",
      "locked",
      "voice",
      "news-az",
    ]);
    guild.channels.find((c) => c.name === "announcements")!.type = 5;
    guild.channels.find((c) => c.name === "voice")!.type = 2;
    guild.channels.find((c) => c.name === "locked")!.permission_overwrites = [
      { id: guild.id, type: 0, allow: "0", deny: PERMISSIONS.SEND_MESSAGES.toString() },
    ];
    members = addRole(guild, "Members", true);
    quiet = addRole(guild, "Quiet", false);
    h = await startHarness({ guild });
  });
  afterAll(() => h.stop());
  beforeEach(async () => {
    for (const s of await stored()) await h.subscriptions.remove(s.guildId, s.id);
  });

  it("is declared for Manage Server and servers only", async () => {
    await deployCommands(
      {
        token: h.discord.token,
        applicationId: h.discord.applicationId,
        apiBase: h.discord.apiBase,
      },
      COMMANDS,
    );
    const json = (
      h.discord.seen("PUT").at(-1)!.body as {
        name: string;
        default_member_permissions: string;
        contexts: number[];
      }[]
    ).find((c) => c.name === "subscription")!;
    expect(json.default_member_permissions).toBe(PERMISSIONS.MANAGE_GUILD.toString());
    expect(json.contexts).toEqual([0]);
  });

  it("add: subscribes a channel with the defaults and says when the next post is", async () => {
    const { data } = await add([{ name: "channel", type: CHANNEL, value: channel("general") }]);
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toMatch(
      /^Subscribed\.\n<#\d+> · 09:00 Asia\/Baku · en · all kinds\nactive · next post <t:\d+:F> \(<t:\d+:R>\)\nno post yet$/,
    );
    expect(await stored()).toEqual([
      expect.objectContaining({
        channelId: channel("general"),
        postTime: "09:00",
        timeZone: "Asia/Baku",
        language: "en",
        status: "active",
        createdBy: admin.id,
      }),
    ]);
  });

  it("add: takes every option", async () => {
    await add([
      { name: "channel", type: CHANNEL, value: channel("announcements") },
      { name: "time", type: STRING, value: "7:05" },
      { name: "timezone", type: STRING, value: "America/New_York" },
      { name: "language", type: STRING, value: "az" },
      { name: "role", type: ROLE, value: members.id },
      { name: "kinds", type: STRING, value: "city-day, public-holiday" },
      { name: "remind-days", type: INTEGER, value: 3 },
    ]);
    expect(await stored()).toEqual([
      expect.objectContaining({
        postTime: "07:05",
        timeZone: "America/New_York",
        language: "az",
        roleId: members.id,
        kinds: ["city-day", "public-holiday"],
        remindDays: 3,
      }),
    ]);
  });

  it.each([
    [
      "an unknown time zone, suggesting the closest",
      [{ name: "timezone", type: STRING, value: "Asia/Bakuu" }],
      /not a time zone I know.*Closest: Asia\/Baku/,
    ],
    [
      "a time that is not HH:mm",
      [{ name: "time", type: STRING, value: "25:00" }],
      /"25:00" is not a time\. Use 24-hour HH:mm/,
    ],
    [
      "an unknown kind",
      [{ name: "kinds", type: STRING, value: "birthdays" }],
      /Unknown kind "birthdays"\. Accepted \(comma-separated\): public-holiday/,
    ],
    [
      "a language an older registration of the command still offers",
      [{ name: "language", type: STRING, value: "xx" }],
      /^Unknown language "xx"\. Choose en, az or ru\.$/,
    ],
    [
      "reminder days out of range (an older registration)",
      [{ name: "remind-days", type: INTEGER, value: 11 }],
      /^remind-days must be from 0 to 7, not 11\.$/,
    ],
    [
      "a role the bot may not mention",
      [{ name: "role", type: ROLE, value: "QUIET" }],
      /missing Mention @everyone, @here and All Roles \(to mention @Quiet/,
    ],
  ])("add: refuses %s, saving nothing", async (_what, extra, message) => {
    const options = (extra as InteractionOption[]).map((o) =>
      o.value === "QUIET" ? { ...o, value: quiet.id } : o,
    );
    const { data } = await add([
      { name: "channel", type: CHANNEL, value: channel("general") },
      ...options,
    ]);
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toMatch(message);
    expect(await stored()).toEqual([]);
  });

  it("add: refuses a channel that cannot take messages, or where the bot may not post", async () => {
    const voice = await add([{ name: "channel", type: CHANNEL, value: channel("voice") }]);
    expect(voice.data.content).toMatch(
      /cannot take posts\. Choose a text, announcement or forum channel, or a thread/,
    );
    const locked = await add([{ name: "channel", type: CHANNEL, value: channel("locked") }]);
    expect(locked.data.content).toMatch(/I can't post in <#\d+>: I am missing Send Messages there/);
    expect(await stored()).toEqual([]);
  });

  it("add: refuses a duplicate, and the 26th subscription of a server", async () => {
    await add([{ name: "channel", type: CHANNEL, value: channel("general") }]);
    const duplicate = await add([{ name: "channel", type: CHANNEL, value: channel("general") }]);
    expect(duplicate.data.content).toMatch(
      /already has a subscription in that language\. Change it with \/subscription edit/,
    );
    for (let i = 1; i < 25; i++) {
      await storeDirectly(`bulk-${i}`, `9${i}`);
    }
    const full = await add([{ name: "channel", type: CHANNEL, value: channel("news-az") }]);
    expect(full.data.content).toMatch(/at most 25 subscriptions/);
    expect(await stored()).toHaveLength(25);
  });

  it("refuses a member without Manage Server, even if the server loosened the command's permission", async () => {
    const { data } = await add(
      [{ name: "channel", type: CHANNEL, value: channel("general") }],
      PERMISSIONS.SEND_MESSAGES,
    );
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toBe(
      "You need the Manage Server permission to manage this server's subscriptions.",
    );
    expect(await stored()).toEqual([]);
    await add([{ name: "channel", type: CHANNEL, value: channel("general") }]);
    const [sub] = await stored();
    for (const name of ["remove", "pause", "edit", "preview"]) {
      const denied = await run(name, [pick(sub!.id)], 0n);
      expect(denied.data.content, name).toMatch(/Manage Server/);
    }
    const autocomplete = await h.discord.answer({
      type: 4,
      name: "subscription",
      permissions: 0n,
      options: [{ name: "remove", type: 1, options: [{ ...pick(""), focused: true }] }],
    });
    expect(autocomplete.data.choices).toEqual([]);
    expect(await stored()).toEqual([expect.objectContaining({ status: "active" })]);
  });

  it("defers every answer at once, privately, then edits the deferral — a refusal after it too, never with a second callback", async () => {
    const listed = await run("list");
    expect(listed.callback).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(listed.data).toMatchObject({
      flags: EPHEMERAL,
      content: "No subscriptions yet. Add one with /subscription add.",
    });
    const refused = await add([{ name: "channel", type: CHANNEL, value: channel("locked") }]);
    expect(refused.callback.type).toBe(5);
    expect(refused.data).toMatchObject({ flags: EPHEMERAL });
    expect(refused.data.content).toMatch(
      /I can't post in <#\d+>: I am missing Send Messages there/,
    );
    for (const { id } of [listed, refused]) expect(h.discord.interactionAnswers.get(id)).toBe(1);
    // Refused before anything that waits (no Manage Server): answered at once.
    const denied = await run("list", [], 0n);
    expect(denied.callback.type).toBe(4);
    expect(denied.data.flags).toBe(EPHEMERAL);
  });

  it("refuses a subcommand it does not know (a stale registration), naming the ones it has", async () => {
    const { data } = await run("rename");
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toBe(
      'Unknown subcommand "rename". Accepted: add, remove, list, edit, pause, resume, preview.',
    );
  });

  it("list: shows each subscription with its status, next post and last result", async () => {
    expect((await run("list")).data.content).toBe(
      "No subscriptions yet. Add one with /subscription add.",
    );
    await add([{ name: "channel", type: CHANNEL, value: channel("general") }]);
    await add([
      { name: "channel", type: CHANNEL, value: channel("news-az") },
      { name: "language", type: STRING, value: "az" },
    ]);
    const [, second] = await stored();
    await h.subscriptions.setStatus(
      h.guild.id,
      second!.id,
      "broken",
      "Missing Permissions (50013)",
      "2026-11-24T05:00:00.000Z",
    );
    const { data } = await run("list");
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toMatch(/^2 of 25 subscriptions:/);
    expect(data.content).toMatch(
      /\*\*1\.\*\* <#\d+> · 09:00 Asia\/Baku · en · all kinds\nactive · next post <t:\d+:F>/,
    );
    expect(data.content).toMatch(
      /\*\*2\.\*\* <#\d+> · 09:00 Asia\/Baku · az · all kinds\n\*\*broken\*\* <t:\d+:R>: Missing Permissions \(50013\)/,
    );
  });

  it("autocomplete offers this server's subscriptions and IANA time zones", async () => {
    await add([{ name: "channel", type: CHANNEL, value: channel("general") }]);
    const subs = await h.discord.answer({
      type: 4,
      name: "subscription",
      permissions: ADMIN,
      options: [{ name: "pause", type: 1, options: [{ ...pick("gen"), focused: true }] }],
    });
    expect(subs.data.choices).toEqual([
      { name: "#general · 09:00 Asia/Baku · en", value: (await stored())[0]!.id },
    ]);
    const zones = await h.discord.answer({
      type: 4,
      name: "subscription",
      permissions: ADMIN,
      options: [
        {
          name: "add",
          type: 1,
          options: [{ name: "timezone", type: STRING, value: "kolk", focused: true }],
        },
      ],
    });
    expect(zones.data.choices).toEqual([{ name: "Asia/Kolkata", value: "Asia/Kolkata" }]);
  });

  it("edit, pause, resume and remove", async () => {
    await add([{ name: "channel", type: CHANNEL, value: channel("general") }]);
    const [sub] = await stored();
    const edited = await run("edit", [
      pick(sub!.id),
      { name: "time", type: STRING, value: "18:30" },
      { name: "role", type: ROLE, value: members.id },
    ]);
    expect(edited.data.content).toMatch(
      /^Updated\.\n<#\d+> · 18:30 Asia\/Baku · en · all kinds · <@&\d+>/,
    );
    expect(edited.data.allowed_mentions.roles ?? []).toEqual([]);
    await run("edit", [pick(sub!.id), { name: "no-role", type: BOOLEAN, value: true }]);
    expect((await stored())[0]!.roleId).toBeNull();

    expect((await run("pause", [pick(sub!.id)])).data.content).toMatch(
      /^Paused\.\n.*\npaused <t:\d+:R>/,
    );
    expect((await stored())[0]!.status).toBe("paused");
    expect((await run("resume", [pick(sub!.id)])).data.content).toMatch(/^Resumed\./);
    expect((await stored())[0]!.status).toBe("active");

    await h.subscriptions.setStatus(
      h.guild.id,
      sub!.id,
      "broken",
      "Missing Access (50001)",
      "2026-11-24T05:00:00.000Z",
    );
    await run("edit", [pick(sub!.id), { name: "time", type: STRING, value: "08:00" }]);
    expect((await stored())[0]).toMatchObject({
      status: "active",
      brokenReason: null,
      postTime: "08:00",
    });

    const asked = await run("remove", [pick(sub!.id)]);
    expect(asked.data.content).toMatch(
      /^Remove the subscription of <#\d+> \(08:00 Asia\/Baku, en\)\? Its posts stop/,
    );
    const cancelled = await h.discord.press(asked, { which: "Cancel", permissions: ADMIN });
    expect(cancelled.data).toMatchObject({ content: "Nothing was removed.", components: [] });
    expect(await stored()).toHaveLength(1);

    const again = await run("remove", [pick(sub!.id)]);
    const lost = await h.discord.press(again, { which: "Remove", permissions: 0n });
    expect(lost.data).toMatchObject({
      flags: EPHEMERAL,
      content: expect.stringMatching(/Manage Server/),
    });
    expect(await stored()).toHaveLength(1);
    const removed = await h.discord.press(again, { which: "Remove", permissions: ADMIN });
    expect(removed.data).toMatchObject({ components: [] });
    expect(removed.data.content).toMatch(
      /^Removed the subscription of <#\d+> \(08:00 Asia\/Baku, en\)\.$/,
    );
    expect(await stored()).toEqual([]);
    expect((await run("remove", [pick(sub!.id)])).data.content).toMatch(
      /No such subscription in this server/,
    );
  });

  it("a Remove pressed after the subscription went is told so, privately", async () => {
    await add([{ name: "channel", type: CHANNEL, value: channel("general") }]);
    const [sub] = await stored();
    const asked = await run("remove", [pick(sub!.id)]);
    await h.subscriptions.remove(h.guild.id, sub!.id);
    const late = await h.discord.press(asked, {
      which: "Remove",
      permissions: ADMIN,
      locale: "ru",
    });
    expect(late.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(late.data.content).toMatch(/^На этом сервере нет такой подписки/);
  });

  it("resume refuses while the bot still cannot post there", async () => {
    await storeDirectly("locked-sub", channel("locked"));
    await h.subscriptions.setStatus(
      h.guild.id,
      "locked-sub",
      "broken",
      "Missing Permissions (50013)",
      "2026-11-25T00:00:00.000Z",
    );
    const { data } = await run("resume", [pick("locked-sub")]);
    expect(data.content).toMatch(/missing Send Messages/);
    expect((await stored())[0]!.status).toBe("broken");
  });

  it("preview: exactly what the channel would get, privately; post:true sends a test that pings no one", async () => {
    await add([
      { name: "channel", type: CHANNEL, value: channel("general") },
      { name: "role", type: ROLE, value: members.id },
      { name: "remind-days", type: INTEGER, value: 3 },
      { name: "kinds", type: STRING, value: "city-day" },
    ]);
    const [sub] = await stored();
    const day = await run("preview", [
      pick(sub!.id),
      { name: "date", type: STRING, value: "8 November" },
    ]);
    expect(day.data.flags).toBe(EPHEMERAL);
    expect(day.data.content).toBe(`<@&${members.id}>`);
    expect(day.data.embeds.map((e: { title: string }) => e.title)).toEqual([
      "Shusha City Day — 6th anniversary",
    ]);
    expect(day.data.allowed_mentions).toMatchObject({ parse: [], roles: [] });

    const reminder = await run("preview", [
      pick(sub!.id),
      { name: "date", type: STRING, value: "2026-11-22" },
    ]);
    expect(reminder.data.content).toMatch(
      new RegExp(`^<@&${members.id}> In 3 days: 25 November 2026 \\(<t:\\d+:R>\\)$`),
    );
    expect(reminder.data.embeds[0].title).toBe("Kalbajar City Day — 6th anniversary");

    const nothing = await run("preview", [
      pick(sub!.id),
      { name: "date", type: STRING, value: "1 January" },
    ]);
    expect(nothing.data.content).toMatch(/^Nothing would be posted to <#\d+> on 1 January 2026\.$/);
    const bad = await run("preview", [
      pick(sub!.id),
      { name: "date", type: STRING, value: "soon" },
    ]);
    expect(bad.data.content).toMatch(/Accepted: 2026-11-25/);

    const sent = await run("preview", [
      pick(sub!.id),
      { name: "date", type: STRING, value: "25 November" },
      { name: "post", type: BOOLEAN, value: true },
    ]);
    expect(sent.data.content).toBe(
      `Sent 1 test post to <#${channel("general")}>; no one was pinged.`,
    );
    const [message] = h.discord
      .seen("POST", new RegExp(`/channels/${channel("general")}/messages$`))
      .map((r) => r.body);
    expect(message.content).toBe(`Test post (preview of 25 November 2026) <@&${members.id}>`);
    expect(message.allowed_mentions).toEqual({
      parse: [],
      users: [],
      roles: [],
      replied_user: false,
    });
  });

  it("removes a channel's subscriptions when the channel is deleted, and a server's when the bot leaves it", async () => {
    await add([{ name: "channel", type: CHANNEL, value: channel("news-az") }]);
    await add([{ name: "channel", type: CHANNEL, value: channel("general") }]);
    h.discord.deleteChannel(channel("news-az"));
    await expect
      .poll(async () => (await stored()).map((s) => s.channelId))
      .toEqual([channel("general")]);
    h.discord.removeGuild(h.guild.id);
    await expect.poll(async () => (await stored()).length).toBe(0);
  });
});

describe("/subscription acts for the member: what they could not do, it does not do for them", () => {
  let h: Harness;
  let quiet: FakeRole;
  const channel = (name: string) => h.guild.channels.find((c) => c.name === name)!.id;
  const run = (subcommand: string, options: InteractionOption[], locale?: string) =>
    h.discord.answer({
      name: "subscription",
      user: makeUser("admin"),
      permissions: ADMIN,
      locale,
      options: [{ name: subcommand, type: 1, options }],
    });
  const add = (options: InteractionOption[]) => run("add", options);

  beforeAll(async () => {
    // The bot's role may also mention any role.
    const guild = staffServer(PERMISSIONS.MENTION_EVERYONE);
    quiet = addRole(guild, "Quiet", false);
    h = await startHarness({ guild });
  });
  afterAll(() => h.stop());

  it("refuses a channel the member cannot see or post in", async () => {
    const { data } = await add([{ name: "channel", type: CHANNEL, value: channel("staff") }]);
    expect(data.content).toMatch(/^You can't do that yourself in <#\d+> \(you lack View Channel/);
    expect(await h.subscriptions.list(h.guild.id)).toEqual([]);
  });

  it("refuses to mention a role that is not mentionable for a member without Mention Everyone", async () => {
    const { data } = await add([
      { name: "channel", type: CHANNEL, value: channel("general") },
      { name: "role", type: ROLE, value: quiet.id },
    ]);
    expect(data.content).toMatch(
      /you lack Mention @everyone, @here and All Roles \(to mention @Quiet, which is not mentionable\)/,
    );
    expect(await h.subscriptions.list(h.guild.id)).toEqual([]);
  });

  it("refuses preview post:true and resume in a channel the member cannot see or post in, in the member's language", async () => {
    const staff = await h.subscriptions.add(
      newSubscription({ guildId: h.guild.id, channelId: channel("staff"), timeZone: "UTC" }),
      "2026-11-25T00:00:00.000Z",
    );
    const pick = { name: "subscription", type: STRING, value: staff.id };
    const posted = await run("preview", [pick, { name: "post", type: BOOLEAN, value: true }]);
    expect(posted.data.content).toMatch(
      /^You can't do that yourself in <#\d+> \(you lack View Channel there\)/,
    );
    expect(h.discord.messages.get(channel("staff"))).toBeUndefined();
    // Without post:true the preview is only shown to the admin, so it is not refused.
    expect((await run("preview", [pick])).data.flags).toBe(EPHEMERAL);

    await h.subscriptions.setStatus(
      h.guild.id,
      staff.id,
      "paused",
      null,
      "2026-11-25T00:00:00.000Z",
    );
    const resumed = await run("resume", [pick], "ru");
    expect(resumed.data.content).toMatch(
      /^Вы сами не можете сделать это в <#\d+> \(у вас там нет прав: «Просматривать каналы»\)/,
    );
    expect((await h.subscriptions.get(h.guild.id, staff.id))!.status).toBe("paused");
  });
});
