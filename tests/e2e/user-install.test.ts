import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuild, makeUser, PERMISSIONS } from "../kit/fake-discord/fixtures.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { observance } from "../kit/helpers.js";
import { COMMANDS } from "../../src/discord/commands/registry.js";
import { deployCommands } from "../../src/discord/deploy.js";

const EPHEMERAL = 1 << 6;
const LOOK_UPS = [
  "today",
  "next",
  "on",
  "dayoff",
  "event",
  "search",
  "calendar",
  "about",
  "help",
  "remind",
];
const ADMIN = ["subscription", "date", "setup"];

describe("look-ups anywhere: a user's install, the bot's DMs, private channels", () => {
  let h: Harness;
  const user = makeUser("traveller");
  // A server the bot is not in, where the user runs the app they installed to their account.
  const elsewhere = makeGuild("Someone else's server", makeUser("owner").id, ["chat"]);
  const kalbajar = observance("kalbajar-city-day").names;
  /** What the bot asked of Discord's REST since `from`, besides answering interactions. */
  const otherRequests = (from: number) =>
    h.discord
      .seen()
      .slice(from)
      .filter((r) => !/^\/(interactions|webhooks)\//.test(r.path));

  beforeAll(async () => {
    h = await startHarness();
    await deployCommands(
      {
        token: h.discord.token,
        applicationId: h.discord.applicationId,
        apiBase: h.discord.apiBase,
      },
      COMMANDS,
    );
  });
  afterAll(() => h.stop());

  it("declares the look-ups for both installs in every context, the admin commands for servers only", async () => {
    const response = await fetch(
      `${h.discord.apiBase}/v10/applications/${h.discord.applicationId}/commands`,
      { headers: { authorization: `Bot ${h.discord.token}` } },
    );
    const commands = (await response.json()) as {
      name: string;
      integration_types: number[];
      contexts: number[];
    }[];
    const declared = Object.fromEntries(
      commands.map((c) => [c.name, [c.integration_types, c.contexts]]),
    );
    for (const name of LOOK_UPS)
      expect(declared[name], name).toEqual([
        [0, 1],
        [0, 1, 2],
      ]);
    for (const name of ADMIN) expect(declared[name], name).toEqual([[0], [0]]);
    expect(h.discord.offers("today", { context: 2, install: "user" })).toBe(true);
    expect(h.discord.offers("subscription", { context: 1, install: "user" })).toBe(false);
    expect(h.discord.offers("subscription", { context: 0, install: "user" })).toBe(false);
  });

  it("/today in the bot's DMs answers in the user's locale, through the interaction alone", async () => {
    const from = h.discord.seen().length;
    const answer = await h.discord.answer({ name: "today", user, locale: "ru", context: 1 });
    expect(answer.callback.type).toBe(4);
    expect(answer.data.embeds[0].title).toBe(`${kalbajar.ru} — 6-я годовщина`);
    expect(otherRequests(from)).toEqual([]);
  });

  it("/today in a group DM of a user's install answers in the user's locale", async () => {
    const from = h.discord.seen().length;
    const answer = await h.discord.answer({
      name: "today",
      user,
      locale: "tr",
      context: 2,
      install: "user",
      groupDm: true,
    });
    expect(answer.data.embeds[0].title).toBe(`${kalbajar.az} — 6-cı ildönümü`);
    expect(otherRequests(from)).toEqual([]);
  });

  it("/today and /calendar export in a server the bot is not in, through the user's install", async () => {
    const from = h.discord.seen().length;
    const today = (permissions: bigint) =>
      h.discord.answer({
        name: "today",
        user,
        guild: elsewhere,
        install: "user",
        locale: "en-GB",
        permissions,
      });
    const open = await today(PERMISSIONS.USE_EXTERNAL_APPS);
    expect(open.data.embeds[0].title).toBe(`${kalbajar.en} — 6th anniversary`);
    expect(open.data.flags).toBe(0);
    // Where the server does not let external apps answer in public, Discord makes the answer private.
    expect((await today(0n)).data.flags).toBe(EPHEMERAL);
    const file = await h.discord.answer({
      name: "calendar",
      user,
      guild: elsewhere,
      install: "user",
      options: [{ name: "export", type: 1, options: [] }],
    });
    expect(file.data.flags).toBe(EPHEMERAL);
    expect(otherRequests(from)).toEqual([]);
  });

  it("/subscription sent from a DM anyway is refused, privately, saying it needs a server", async () => {
    const answer = await h.discord.answer({
      name: "subscription",
      user,
      locale: "ru",
      context: 1,
      permissions: PERMISSIONS.MANAGE_GUILD,
      options: [{ name: "list", type: 1, options: [] }],
    });
    expect(answer.data.flags).toBe(EPHEMERAL);
    expect(answer.data.content).toBe("Эта команда работает на сервере, а не в личных сообщениях.");
  });

  it("/subscription sent anyway from a server the bot is not in says to add the bot there", async () => {
    const answer = await h.discord.answer({
      name: "subscription",
      user,
      guild: elsewhere,
      install: "user",
      permissions: PERMISSIONS.MANAGE_GUILD,
      options: [{ name: "list", type: 1, options: [] }],
    });
    expect(answer.data.flags).toBe(EPHEMERAL);
    expect(answer.data.content).toMatch(
      /^This command works in a server yaddash has been added to/,
    );
  });
});
