import { SlashCommandBuilder } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployCommands } from "../../src/discord/deploy.js";
import { COMMANDS } from "../../src/discord/commands/registry.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";

const EPHEMERAL = 1 << 6;
const STRING = 3;
const INTEGER = 4;

describe("the bot against a Discord-compatible server", () => {
  let h: Harness;
  const failing = {
    data: new SlashCommandBuilder().setName("boom").setDescription("always fails"),
    execute: () => Promise.reject(new Error("database on fire at /srv/secret/path")),
  };
  const failingLater = {
    data: new SlashCommandBuilder().setName("boom-later").setDescription("waits, then fails"),
    mayWait: true,
    execute: () => Promise.reject(new Error("database on fire at /srv/secret/path")),
  };

  beforeAll(async () => {
    h = await startHarness({ commands: [...COMMANDS, failing, failingLater] });
  });
  afterAll(() => h.stop());

  it("connects over the gateway with only the Guilds intent", () => {
    expect(h.client.isReady()).toBe(true);
    expect(h.discord.identifies).toEqual([expect.objectContaining({ intents: 1 })]);
    expect(h.client.guilds.cache.size).toBe(1);
  });

  it("deploy-commands uploads every command with its localizations (tr in Azerbaijani), globally or to a guild", async () => {
    const target = {
      token: h.discord.token,
      applicationId: h.discord.applicationId,
      apiBase: h.discord.apiBase,
    };
    expect(await deployCommands(target, COMMANDS)).toBe(13);
    const guildId = [...h.discord.guilds.keys()][0]!;
    expect(await deployCommands({ ...target, guildId }, COMMANDS)).toBe(13);
    const [global] = h.discord.seen("PUT", /^\/applications\/\d+\/commands$/);
    const names = (global!.body as { name: string }[]).map((c) => c.name);
    expect(names).toEqual([
      "today",
      "next",
      "on",
      "dayoff",
      "event",
      "search",
      "calendar",
      "about",
      "help",
      "setup",
      "subscription",
      "date",
      "remind",
    ]);
    for (const command of global!.body as {
      name_localizations: Record<string, string>;
      description_localizations: Record<string, string>;
    }[]) {
      const locales = ["en-GB", "en-US", "ru", "tr"];
      expect(Object.keys(command.name_localizations).sort()).toEqual(locales);
      expect(Object.keys(command.description_localizations).sort()).toEqual(locales);
    }
    const [today, next] = global!.body as {
      name_localizations: Record<string, string>;
      description_localizations: Record<string, string>;
      options: { name: string; choices?: { name_localizations: Record<string, string> }[] }[];
    }[];
    expect(today!.name_localizations).toMatchObject({ ru: "сегодня", tr: "bu-gün" });
    expect(today!.description_localizations.tr).toBe(
      "Azərbaycanda bugünkü rəsmi günlər və tarixi hadisələrin ildönümləri",
    );
    const kinds = next!.options.find((o) => o.name === "kind")!.choices!;
    expect(kinds.map((c) => c.name_localizations.tr)).toContain("Şəhər günü");
    expect(kinds.map((c) => c.name_localizations.ru)).toContain("День города");
    expect(h.discord.commands.get(guildId)).toHaveLength(13);
  });

  it("/today answers with the day's embed: ordinal title, tone colour, timestamps, sources, no pings", async () => {
    const { callback, data } = await h.discord.answer({ name: "today" });
    expect(callback.type).toBe(4);
    const [embed] = data.embeds;
    expect(embed.title).toBe("Kalbajar City Day — 6th anniversary");
    expect(embed.color).toBe(0x00af66);
    // The date in the post's language: Discord draws <t:…:D> in the reader's client language.
    expect(embed.fields[0].value).toMatch(/^25 November 2026 \(<t:\d+:R>\)$/);
    expect(embed.footer.text).toMatch(
      /^Sources: \[1\] Azərbaycan Respublikasının işğaldan .* — President of the Republic of Azerbaijan \(president\.az\), 2023-07-31 · \[2\] Azerbaijan celebrates Kalbajar City Day — Report News Agency, 2025-11-25/,
    );
    expect(data.allowed_mentions).toEqual({
      parse: [],
      users: [],
      roles: [],
      replied_user: false,
    });
    expect(data.flags ?? 0).toBe(0);
  });

  it("/today follows the language option, and the user's locale when none is given", async () => {
    const ru = await h.discord.answer({
      name: "today",
      options: [{ name: "language", type: STRING, value: "ru" }],
    });
    expect(ru.data.embeds[0].title).toBe("День города Кяльбаджар — 6-я годовщина");
    const tr = await h.discord.answer({ name: "today", locale: "tr" });
    expect(tr.data.embeds[0].title).toBe("Kəlbəcər Şəhəri Günü — 6-cı ildönümü");
  });

  it("answers in the user's locale, else the server's, else English; errors and refusals too", async () => {
    const badDate = [{ name: "date", type: STRING, value: "the day after" }];
    const ru = await h.discord.answer({ name: "on", options: badDate, locale: "ru" });
    expect(ru.data.flags).toBe(EPHEMERAL);
    expect(ru.data.content).toMatch(
      /^Не удаётся распознать дату «the day after»\. Допустимые форматы: 2026-11-25, 11-25/,
    );
    const refused = await h.discord.answer({
      name: "subscription",
      options: [{ name: "list", type: 1, options: [] }],
      locale: "tr",
    });
    expect(refused.data.content).toBe(
      "Bu serverin abunələrini idarə etmək üçün sizə Serveri idarə etmək (Manage Server) icazəsi lazımdır.",
    );
    const guild = [...h.discord.guilds.values()][0]!;
    guild.preferredLocale = "ru";
    try {
      const german = await h.discord.answer({ name: "about", locale: "de" });
      expect(german.data.embeds[0].fields[0].name).toBe("Версия");
      const english = await h.discord.answer({ name: "about", locale: "en-GB" });
      expect(english.data.embeds[0].fields[0].name).toBe("Version");
    } finally {
      guild.preferredLocale = undefined;
    }
    const unknown = await h.discord.answer({ name: "about", locale: "de" });
    expect(unknown.data.embeds[0].fields[0].name).toBe("Version");
  });

  it("/next lists the coming days with relative timestamps, filtered by kind", async () => {
    const { data } = await h.discord.answer({
      name: "next",
      options: [
        { name: "count", type: INTEGER, value: 3 },
        { name: "kind", type: STRING, value: "memorial-day" },
      ],
    });
    const lines = data.embeds[0].description.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^20 January 2027 · \*\*National Mourning Day — 37th anniversary\*\* \(<t:\d+:R>\)$/,
    );
    expect(lines[1]).toContain("Khojaly Genocide Day");
  });

  it("/on reads the CLI's date formats and shows both observances of a shared date", async () => {
    const { data } = await h.discord.answer({
      name: "on",
      options: [{ name: "date", type: STRING, value: "8 ноября" }],
    });
    expect(data.embeds.map((e: { title: string }) => e.title)).toEqual([
      "Victory Day — 6th anniversary",
      "Shusha City Day — 6th anniversary",
    ]);
  });

  it("/on says whether a date is a day off and why, with or without observances", async () => {
    const moved = await h.discord.answer({
      name: "on",
      options: [
        { name: "date", type: STRING, value: "2026-03-27" },
        { name: "language", type: STRING, value: "az" },
      ],
    });
    expect(moved.data.content).toMatch(
      /^27 mart 2026 tarixində təqvimdə heç nə yoxdur\.\nQeyri-iş günü: 2026-cı il 20 mart tarixində Ramazan Bayramı ilə Novruz Bayramı üst-üstə düşdüyündən bu gün də istirahət günüdür/,
    );
    const holiday = await h.discord.answer({
      name: "on",
      options: [{ name: "date", type: STRING, value: "2026-05-28" }],
    });
    const fields = holiday.data.embeds[0].fields as { name: string; value: string }[];
    expect(fields.at(-1)).toEqual({
      name: "Non-working day",
      value:
        "Independence Day and Gurban Holiday (Eid al-Adha) are public holidays.\n" +
        "Under Art. 105.6 of the Labour Code, the next working day, Friday, 29 May 2026, is a day off.",
      inline: false,
    });
  });

  it("/dayoff lists the next breaks from work with Discord timestamps", async () => {
    const { data } = await h.discord.answer({
      name: "dayoff",
      options: [{ name: "count", type: INTEGER, value: 2 }],
    });
    const [embed] = data.embeds;
    expect(embed.title).toBe("Next days off");
    expect(embed.description.split("\n")).toEqual([
      expect.stringMatching(
        /^31 December 2026 – 4 January 2027 \(<t:\d+:R>\) · 5 days off \(expected\): World Azerbaijanis Solidarity Day and New Year Holiday$/,
      ),
      expect.stringMatching(
        /^20 January 2027 \(<t:\d+:R>\) · 1 day off \(expected\): National Mourning Day$/,
      ),
    ]);
  });

  it("/on with a bad date gets an ephemeral answer saying what is accepted", async () => {
    const { data } = await h.discord.answer({
      name: "on",
      options: [{ name: "date", type: STRING, value: "the day after" }],
    });
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toMatch(/is not a date I can read\. Accepted: 2026-11-25, 11-25, 25\.11/);
    expect(data.allowed_mentions.parse).toEqual([]);
  });

  it("/event shows one day with its full citations", async () => {
    const { data } = await h.discord.answer({
      name: "event",
      options: [{ name: "name", type: STRING, value: "khojaly-genocide-day" }],
    });
    const [embed] = data.embeds;
    expect(embed.title).toBe("Khojaly Genocide Day — 35th anniversary");
    expect(embed.fields.at(-1).name).toBe("Sources");
    expect(embed.fields.at(-1).value).toContain(
      "[1] Nationwide march to commemorate 30th anniversary of Khojaly genocide was held in Baku, 2022-02-26",
    );
  });

  it.each([
    ["kelbe", "kalbajar-city-day"],
    ["Кяль", "kalbajar-city-day"],
    ["victory", "victory-day"],
  ])("autocomplete for %j offers %s first, within 25 choices", async (typed, id) => {
    const { callback, data } = await h.discord.answer({
      type: 4,
      name: "event",
      options: [{ name: "name", type: STRING, value: typed, focused: true }],
    });
    expect(callback.type).toBe(8);
    expect(data.choices[0].value).toBe(id);
    expect(data.choices.length).toBeLessThanOrEqual(25);
  });

  it("autocomplete with nothing typed offers the coming days", async () => {
    const { data } = await h.discord.answer({
      type: 4,
      name: "event",
      options: [{ name: "name", type: STRING, value: "", focused: true }],
    });
    expect(data.choices).toHaveLength(25);
    expect(data.choices[0]).toEqual({
      name: "Kalbajar City Day",
      value: "kalbajar-city-day",
    });
  });

  it("/search ranks matches across scripts; no match is an ephemeral hint", async () => {
    const found = await h.discord.answer({
      name: "search",
      options: [{ name: "query", type: STRING, value: "Xocalı" }],
    });
    expect(found.data.embeds[0].description.split("\n")[0]).toContain(
      "**Khojaly Genocide Day — 35th anniversary**",
    );
    // The public answer does not repeat what the user typed.
    expect(JSON.stringify(found.data)).not.toContain("Xocalı");
    expect(found.data.embeds[0].title).toMatch(/^🔎 \d+ match/);
    const none = await h.discord.answer({
      name: "search",
      options: [{ name: "query", type: STRING, value: "@everyone pizza" }],
    });
    expect(none.data.flags).toBe(EPHEMERAL);
    expect(none.data.allowed_mentions.parse).toEqual([]);
  });

  it.each([
    [
      "next",
      [{ name: "count", type: INTEGER, value: 11 }],
      /^count must be a whole number from 1 to 10, not 11\.$/,
    ],
    [
      "next",
      [{ name: "kind", type: STRING, value: "birthday" }],
      /^Unknown kind "birthday"\. Choose one of: public-holiday/,
    ],
    [
      "today",
      [{ name: "language", type: STRING, value: "xx" }],
      /^Unknown language "xx"\. Choose en, az or ru\.$/,
    ],
  ])(
    "/%s re-checks what an older registration of the command let through",
    async (name, options, message) => {
      const { data } = await h.discord.answer({ name, options });
      expect(data.flags).toBe(EPHEMERAL);
      expect(data.content).toMatch(message);
    },
  );

  it("/about gives the version and the size of the calendar", async () => {
    const { data } = await h.discord.answer({ name: "about" });
    const fields = data.embeds[0].fields;
    expect(fields[0]).toMatchObject({ name: "Version", value: "0.0.0-test" });
    expect(fields[1].value).toMatch(/^\d+ days, \d+ sources$/);
  });

  it("an unexpected error is logged with the interaction id and answered with a short apology", async () => {
    const { id, data } = await h.discord.answer({ name: "boom" });
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toMatch(/^Sorry, something went wrong/);
    expect(data.content).not.toContain("/srv/secret");
    const line = h.logs.find((l) => l.includes('"command failed"'))!;
    expect(JSON.parse(line)).toMatchObject({ level: 50, interactionId: id, command: "boom" });
  });

  it("an unexpected error after the deferral edits it with the apology, in the user's language; one callback only", async () => {
    const { id, callback, data } = await h.discord.answer({ name: "boom-later", locale: "ru" });
    expect(callback).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.content).toMatch(/^Извините, произошла ошибка\. Она записана в журнал/);
    expect(h.discord.interactionAnswers.get(id)).toBe(1);
    expect(h.discord.interactionMessages.get(id)!.edits).toHaveLength(1);
  });

  it("never writes the token to the log, even at trace level", () => {
    expect(h.logs.length).toBeGreaterThan(10);
    expect(h.logs.join("")).not.toContain(h.discord.token);
  });

  it("never writes an interaction's token either: discord.js's rate-limit report carries its URL", async () => {
    h.discord.failNext(/\/callback$/, {
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 0.05, global: false },
      headers: { "retry-after": "0.05", "x-ratelimit-scope": "shared" },
    });
    const { token } = await h.discord.answer({ name: "about" });
    const logs = h.logs.join("");
    expect(logs).toMatch(/interactions\/\d+\/\[redacted\]\/callback/);
    expect(logs).not.toContain(token);
  });
});
