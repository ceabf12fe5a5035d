import {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  SlashCommandBuilder,
  type Client,
} from "discord.js";
import type { Command } from "../src/discord/command.js";
import { COMMANDS } from "../src/discord/commands/registry.js";
import { type InteractionInput, startHarness } from "../tests/kit/index.js";
import { quantile, round } from "./measure.js";

// discord.js makes interactions from gateway payloads; its typings keep those constructors protected.
type FromPayload<T> = new (client: Client, data: unknown) => T;
const Autocomplete = AutocompleteInteraction as unknown as FromPayload<AutocompleteInteraction>;
const ChatInput =
  ChatInputCommandInteraction as unknown as FromPayload<ChatInputCommandInteraction>;

const STRING = 3;
const INTEGER = 4;

/** The baseline: a command that does nothing but answer, through the same discord.js objects. */
const noop: Command = {
  data: new SlashCommandBuilder().setName("noop").setDescription("answers at once"),
  execute: (interaction) => interaction.reply({ content: "ok" }).then(() => undefined),
};

const CASES: [label: string, input: InteractionInput][] = [
  ["/today", { name: "today" }],
  ["/next count:10", { name: "next", options: [{ name: "count", type: INTEGER, value: 10 }] }],
  ["/on 25 ноября", { name: "on", options: [{ name: "date", type: STRING, value: "25 ноября" }] }],
  [
    "/event kalbajar-city-day",
    { name: "event", options: [{ name: "name", type: STRING, value: "kalbajar-city-day" }] },
  ],
  [
    "/search Кяльбаджар",
    { name: "search", options: [{ name: "query", type: STRING, value: "Кяльбаджар" }] },
  ],
  ["/about", { name: "about" }],
  [
    "autocomplete kelbe",
    {
      type: 4,
      name: "event",
      options: [{ name: "name", type: STRING, value: "kelbe", focused: true }],
    },
  ],
  ["baseline: no-op command", { name: "noop" }],
];

export interface LookupResult {
  label: string;
  p50: number;
  p99: number;
}

/**
 * Each command's handler, timed in-process on real discord.js interaction objects (as the gateway
 * makes them), with the network reply left out: what the bot itself spends on a look-up.
 */
export async function lookups(iterations: number): Promise<LookupResult[]> {
  const h = await startHarness();
  const commands = new Map([...COMMANDS, noop].map((c) => [c.data.name, c]));
  try {
    const results: LookupResult[] = [];
    for (const [label, input] of CASES) {
      const command = commands.get(input.name)!;
      const samples: number[] = [];
      for (let i = 0; i < iterations + 50; i++) {
        const payload = h.discord.interactionPayload(input);
        const start = performance.now();
        if (input.type === 4) {
          const interaction = new Autocomplete(h.client, payload);
          interaction.respond = async () => undefined;
          await command.autocomplete!(interaction, h.context);
        } else {
          const interaction = new ChatInput(h.client, payload);
          interaction.reply = (async () => undefined) as never;
          await command.execute(interaction, h.context);
        }
        if (i >= 50) samples.push(performance.now() - start); // the first 50 warm up the JIT
      }
      results.push({
        label,
        p50: round(quantile(samples, 0.5), 3),
        p99: round(quantile(samples, 0.99), 3),
      });
    }
    return results;
  } finally {
    await h.stop();
  }
}
