import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/discord/commands/registry.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";

const EPHEMERAL = 1 << 6;

describe("/help", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  const help = (locale: string) => h.discord.answer({ name: "help", locale });

  it.each([
    ["en-US", "yaddash — help"],
    ["tr", "yaddash — kömək"],
    ["ru", "yaddash — помощь"],
  ])(
    "answers privately in the reader's language (%s), naming every command in it with an example",
    async (locale, title) => {
      const answer = await help(locale);
      expect(answer.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      const [embed] = answer.data.embeds as { title: string; description: string }[];
      expect(embed!.title).toBe(title);
      for (const { data } of COMMANDS) {
        // Each command by the name Discord shows this reader, with an example of it in backticks.
        const shown = data.name_localizations?.[locale as "ru"] ?? data.name;
        expect(embed!.description).toContain(`**/${shown}**`);
        expect(embed!.description).toContain(`\`/${shown}`);
      }
      expect(embed!.title.length + embed!.description.length).toBeLessThanOrEqual(6000);
      expect(embed!.description.length).toBeLessThanOrEqual(4096);
    },
  );
});
