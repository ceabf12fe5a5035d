import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuild, makeUser, PERMISSIONS, type FakeGuild } from "../kit/fake-discord/fixtures.js";
import type { InteractionOption } from "../kit/fake-discord/server.js";
import { relayedSchema, type RelayedSchema } from "../store/relay.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";
import { subscribe } from "../kit/delivery-helpers.js";

const url = process.env.TEST_POSTGRES_URL;
const skipReason = url ? null : "TEST_POSTGRES_URL is not set (.ci/run sets it)";
const ADMIN = PERMISSIONS.MANAGE_GUILD | PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES;
const [STRING, CHANNEL] = [3, 7];
const EPHEMERAL = 1 << 6;
const LATENCY_MS = 2500;

/** A server with one subscription and one date of its own, for one command. */
interface Prepared {
  guild: FakeGuild;
  subscriptionId: string;
  dateId: string;
}

const text = (name: string, value: string): InteractionOption => ({ name, type: STRING, value });
const pick = (g: Prepared) => text("subscription", g.subscriptionId);

/** Every admin command: its name, subcommand, options and the start of its answer. */
const COMMANDS: [string, string, (g: Prepared) => InteractionOption[], RegExp][] = [
  [
    "subscription",
    "add",
    (g) => [{ name: "channel", type: CHANNEL, value: g.guild.channels[1]!.id }],
    /^Subscribed\./,
  ],
  ["subscription", "list", () => [], /^1 of 25 subscriptions:/],
  ["subscription", "edit", (g) => [pick(g), text("time", "10:00")], /^Updated\./],
  ["subscription", "pause", (g) => [pick(g)], /^Paused\./],
  ["subscription", "resume", (g) => [pick(g)], /^Resumed\./],
  ["subscription", "preview", (g) => [pick(g), text("date", "25 November")], /Kalbajar City Day/],
  ["subscription", "remove", (g) => [pick(g)], /^Remove the subscription of .*\?/],
  [
    "date",
    "add",
    () => [text("name", "Anniversary"), text("date", "2 December"), text("text", "Hi.")],
    /^Added: \*\*Anniversary\*\*/,
  ],
  ["date", "list", () => [], /^1 of 50 dates of this server:/],
  [
    "date",
    "edit",
    (g) => [text("which", g.dateId), text("text", "Opened.")],
    /^Updated: \*\*Founding\*\*/,
  ],
  ["date", "remove", (g) => [text("which", g.dateId)], /^Remove \*\*Founding\*\* · .*\?/],
];

describe.skipIf(skipReason)(
  `a store that takes ${LATENCY_MS / 1000} s per query${skipReason ? ` (skipped: ${skipReason})` : ""}`,
  () => {
    let store: RelayedSchema;
    let h: Harness;
    const user = makeUser("admin");

    beforeAll(async () => {
      store = await relayedSchema(url!, "slow");
      // Timeouts long enough that every query succeeds, only slowly: each command waits past
      // Discord's three seconds, and its change is saved.
      h = await startHarness({
        databaseUrl: store.url,
        store: {
          schema: store.schema,
          postgres: { connectMs: 10_000, statementMs: 10_000, idleMs: 60_000 },
        },
      });
    });
    afterAll(async () => {
      await h?.stop();
      await store?.close();
    });

    it("every admin command is answered: deferred at once, then edited; Discord never answers 10062", async () => {
      // One server per command, all sent at once: no command waits on another's rows.
      const prepared: Prepared[] = [];
      for (const [i] of COMMANDS.entries()) {
        const guild = h.discord.addGuild(
          makeGuild(`Server ${i}`, user.id, ["general", "announcements"]),
        );
        await expect.poll(() => h.client.guilds.cache.has(guild.id)).toBe(true);
        const sub = await subscribe(h, { guildId: guild.id, channelId: guild.channels[0]!.id });
        const date = await h.context.serverDateService.add(guild.id, user.id, {
          name: "Founding",
          text: "The server opened.",
          month: 12,
          day: 1,
          year: null,
          firstYear: null,
          language: null,
        });
        prepared.push({ guild, subscriptionId: sub.id, dateId: date.id });
      }
      store.relay.slow(LATENCY_MS);

      const answers = await Promise.all(
        COMMANDS.map(([name, subcommand, options], i) =>
          h.discord.answer(
            {
              name,
              guild: prepared[i]!.guild,
              user,
              permissions: ADMIN,
              options: [{ name: subcommand, type: 1, options: options(prepared[i]!) }],
            },
            100_000,
          ),
        ),
      );
      for (const [i, answer] of answers.entries()) {
        const [name, subcommand, , start] = COMMANDS[i]!;
        const { content, embeds = [] } = answer.data as {
          content?: string;
          embeds?: { title: string }[];
        };
        const shown = [content, ...embeds.map((e) => e.title)].filter(Boolean).join("\n");
        expect(shown, `${name} ${subcommand}`).toMatch(start);
        expect(answer.callback.type).toBe(5);
        expect(answer.data.flags).toBe(EPHEMERAL);
      }
      const refused = h.discord
        .seen("POST", /^\/interactions\/\d+\/[^/]+\/callback$/)
        .filter((r) => r.status !== 204);
      expect(refused).toEqual([]);

      store.relay.restore();
      const edited = prepared[2]!;
      expect((await h.subscriptions.get(edited.guild.id, edited.subscriptionId))!.postTime).toBe(
        "10:00",
      );
      const names = (await h.context.serverDates.list(prepared[7]!.guild.id)).map((d) => d.name);
      expect(names.sort()).toEqual(["Anniversary", "Founding"]);
    });
  },
);
