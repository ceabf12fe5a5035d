import { LANGUAGES } from "../src/model/calendar-schema.js";
import {
  type InteractionInput,
  makeGuild,
  makeUser,
  startFakeDiscord,
  tempDatabaseUrl,
} from "../tests/kit/index.js";
import { LATENCY_MS } from "./fanout.js";
import { quantile, round } from "./measure.js";
import type { FeedClients } from "./feed-clients.js";
import { feedPaths } from "./feed-queries.js";
import { run, SERVE } from "./process.js";
import { LOOKUPS } from "./scale-out.js";

const LOOKUP_GIVE_UP_MS = 10_000;

/** Prometheus text → the value of one sample. */
const sample = (text: string, name: string) =>
  Number(text.match(new RegExp(`^${name} (\\S+)$`, "m"))![1]);

export interface FloodPhase {
  /** The bot's event-loop delay (prom-client's monitorEventLoopDelay, 10 ms resolution), ms. */
  loopP99: number;
  loopMax: number;
  lookups: { n: number; unanswered: number; p50: number; p99: number };
  /** Feed requests made, how many were answered 200, and the clients' errors (each once). */
  requests: number;
  ok: number;
  errors: string[];
}

/**
 * The production process (`npm run serve`) with its listeners, look-ups at `lookupsPerSecond` from the
 * test server (gateway to reply), first with nothing else to do (the baseline), then while `clients`
 * HTTP clients cycle through every valid feed query (each language with every kinds order), each
 * sending one request every `intervalMs` (0: the next as soon as the last is answered).
 */
export async function feedFlood(o: {
  clients: number;
  seconds: number;
  intervalMs: number;
  lookupsPerSecond: number;
}) {
  const discord = await startFakeDiscord({ latencyMs: LATENCY_MS });
  const guild = discord.addGuild(makeGuild("bench", makeUser("owner").id));
  const bot = run(SERVE, {
    DISCORD_TOKEN: discord.token,
    DISCORD_API_BASE: discord.apiBase,
    DATABASE_URL: tempDatabaseUrl(),
    HTTP_PORT: "0",
    OPS_PORT: "0",
    LOG_LEVEL: "info",
  });
  try {
    await bot.waitFor("connected to Discord");
    await bot.waitFor("public page and feed listening");
    const portOf = (message: string) =>
      (JSON.parse(bot.lineWith(message)) as { port: number }).port;
    const opsPort = portOf("health and metrics listening");
    const publicPort = portOf("public page and feed listening");
    // prom-client resets its event-loop histogram at each scrape: a scrape opens a phase, the next closes it.
    const loop = async () => {
      const res = await fetch(`http://127.0.0.1:${opsPort}/metrics`);
      const text = await res.text();
      return {
        p99: round(sample(text, "nodejs_eventloop_lag_p99_seconds") * 1000, 1),
        max: round(sample(text, "nodejs_eventloop_lag_max_seconds") * 1000, 1),
      };
    };
    const phase = async (seconds: number, flood: boolean): Promise<FloodPhase> => {
      await loop();
      const end = performance.now() + seconds * 1000;
      const clients: FeedClients = { ...o, port: publicPort, seconds };
      const flooding = flood
        ? run(["--import", "tsx", "bench/feed-clients.ts"], {
            FEED_CLIENTS: JSON.stringify(clients),
          })
        : null;
      const pending: Promise<number>[] = [];
      for (let i = 0; performance.now() < end; i++) {
        const input: InteractionInput = { ...LOOKUPS[i % LOOKUPS.length]!, guild };
        const started = performance.now();
        // Unanswered within the time Discord allows an answer (3 s) and more: counted as the wait.
        pending.push(
          discord.interact(input, LOOKUP_GIVE_UP_MS).then(
            () => performance.now() - started,
            () => LOOKUP_GIVE_UP_MS,
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 1000 / o.lookupsPerSecond));
      }
      const samples = await Promise.all(pending);
      const answered = flooding
        ? (await flooding.waitFor('"requests"'),
          JSON.parse(flooding.lineWith('"requests"')) as Pick<
            FloodPhase,
            "requests" | "ok" | "errors"
          >)
        : { requests: 0, ok: 0, errors: [] };
      const { p99, max } = await loop();
      return {
        loopP99: p99,
        loopMax: max,
        lookups: {
          n: samples.length,
          unanswered: samples.filter((ms) => ms === LOOKUP_GIVE_UP_MS).length,
          p50: round(quantile(samples, 0.5), 1),
          p99: round(quantile(samples, 0.99), 1),
        },
        ...answered,
      };
    };
    // The first request of each language starts its build: let them happen before the baseline.
    for (const lang of LANGUAGES)
      await fetch(`http://127.0.0.1:${publicPort}/calendar.ics?lang=${lang}`);
    const idle = await phase(10, false);
    const busy = await phase(o.seconds, true);
    return { idle, busy, queries: feedPaths().length };
  } finally {
    await bot.stop();
    await discord.close();
  }
}
