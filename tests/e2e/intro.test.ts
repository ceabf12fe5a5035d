import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addRole, makeGuild, makeUser, PERMISSIONS } from "../kit/fake-discord/fixtures.js";
import type { FakeRole } from "../kit/fake-discord/fixtures.js";
import type { InteractionOption } from "../kit/fake-discord/server.js";
import { manualClock, type ManualClock } from "../clock.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { posts } from "../kit/delivery-helpers.js";

const [STRING, CHANNEL, ROLE] = [3, 7, 8];
const ADMIN = PERMISSIONS.MANAGE_GUILD | PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES;
const INTRO = "{role} Today: {name} — {anniversary}, {date}; in {days} days";

describe("a subscription's intro line", () => {
  let h: Harness;
  let clock: ManualClock;
  let members: FakeRole;
  const admin = makeUser("admin");
  const general = () => h.guild.channels.find((c) => c.name === "general")!.id;
  const run = (subcommand: string, options: InteractionOption[], locale?: string) =>
    h.discord.answer({
      name: "subscription",
      user: admin,
      permissions: ADMIN,
      locale,
      options: [{ name: subcommand, type: 1, options }],
    });
  const text = (name: string, value: string): InteractionOption => ({ name, type: STRING, value });
  const stored = async () => (await h.subscriptions.list(h.guild.id))[0]!;

  beforeAll(async () => {
    clock = manualClock("2026-11-08T04:00:00Z");
    const guild = makeGuild("Intro", makeUser("owner").id, ["general"]);
    members = addRole(guild, "Members", true);
    h = await startHarness({ clock, guild });
  });
  afterAll(() => h.stop());

  it("is posted at the top of the day's post with its placeholders filled, pinging only the role", async () => {
    const added = await run("add", [
      { name: "channel", type: CHANNEL, value: general() },
      { name: "role", type: ROLE, value: members.id },
      text("intro", INTRO),
    ]);
    expect(added.data.content).toContain(`Intro: ${INTRO}`);
    clock.set("2026-11-08T05:00:00Z");
    expect(await h.dispatcher.tick()).toMatchObject({ sent: 1 });
    const [request] = posts(h, general());
    expect(request!.body.content).toBe(
      `<@&${members.id}> Today: Victory Day and Shusha City Day — 6th anniversary, 8 November 2026; in 0 days`,
    );
    expect(request!.body.allowed_mentions).toEqual({ parse: [], users: [], roles: [members.id] });
  });

  it("preview shows it, a reminder's with the days to go, and pings no one", async () => {
    await run("edit", [
      text("subscription", (await stored()).id),
      text("intro", "{name}: {days}"),
      text("kinds", "city-day"),
      { name: "remind-days", type: 4, value: 3 },
    ]);
    const reminder = await run("preview", [
      text("subscription", (await stored()).id),
      text("date", "2026-11-22"),
    ]);
    expect(reminder.data.content).toMatch(
      new RegExp(`^Kalbajar City Day: 3\\n<@&${members.id}> In 3 days: 25 November 2026`),
    );
    expect(reminder.data.allowed_mentions).toMatchObject({ parse: [], roles: [] });
  });

  it("is cleared by intro:-", async () => {
    const sub = await stored();
    const edited = await run("edit", [text("subscription", sub.id), text("intro", "-")]);
    expect(edited.data.content).not.toContain("Intro:");
    expect((await stored()).intro).toBeNull();
  });

  it.each([
    ["a user's mention", "Hello <@123456789012345678>", /may not mention anyone itself.*\{role\}/],
    ["another role's mention", `Hi <@&${"9".repeat(18)}>`, /may not mention anyone itself/],
    ["@everyone", "@everyone today is {name}", /may not mention anyone itself/],
    ["a masked link", "[read more](https://example.com) {name}", /may not hide a link/],
    [
      "an unknown placeholder",
      "Today: {nme}",
      /Unknown placeholder \{nme\}\. Accepted: \{name\}, \{date\}, \{anniversary\}, \{days\}, \{role\}\./,
    ],
    ["a text too long", "x".repeat(301), /The intro must be 1 to 300 characters long\./],
  ])("refuses %s, saying what is accepted", async (_, intro, message) => {
    const sub = await stored();
    const answer = await run("edit", [text("subscription", sub.id), text("intro", intro)]);
    expect(answer.data.content).toMatch(message);
    expect((await stored()).intro).toBeNull();
  });

  it("refuses in the admin's language", async () => {
    const sub = await stored();
    const answer = await run("edit", [text("subscription", sub.id), text("intro", "{nom}")], "ru");
    expect(answer.data.content).toBe(
      "Неизвестная подстановка {nom}. Допустимы: {name}, {date}, {anniversary}, {days}, {role}.",
    );
  });
});
