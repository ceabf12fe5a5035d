import { Agent, request } from "node:http";
import { feedPaths } from "./feed-queries.js";

/**
 * The flood's HTTP clients, in a process of their own (FEED_CLIENTS: their settings, as JSON) so that
 * their work does not delay the benchmark's test server, whose timings of the look-ups are the
 * measure. Prints what was answered, as JSON, when done.
 */
export interface FeedClients {
  port: number;
  clients: number;
  seconds: number;
  /** Each client sends one request every this many ms (0: the next as soon as the last is answered). */
  intervalMs: number;
}

const o = JSON.parse(process.env.FEED_CLIENTS!) as FeedClients;
const paths = feedPaths();
// Round the sockets in turn: last-in-first-out (the default) leaves some idle until the server closes
// them, and a request sent on one as it closes is reset.
const agent = new Agent({ keepAlive: true, maxSockets: o.clients, scheduling: "fifo" });

function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ agent, host: "127.0.0.1", port: o.port, path }, (res) => {
      res.resume();
      res.once("end", () => resolve(res.statusCode!));
    })
      .once("error", reject)
      .end();
  });
}

const end = performance.now() + o.seconds * 1000;
const statuses: number[] = [];
const errors: string[] = [];
await Promise.all(
  Array.from({ length: o.clients }, async (_, client) => {
    for (let i = client; performance.now() < end; i += o.clients) {
      const started = performance.now();
      // A refused or reset connection counts as an answer other than 200.
      statuses.push(
        await get(paths[i % paths.length]!).catch(
          (error: Error) => (errors.push(error.message), 0),
        ),
      );
      const wait = o.intervalMs - (performance.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }),
);
agent.destroy();
process.stdout.write(
  `${JSON.stringify({ requests: statuses.length, ok: statuses.filter((status) => status === 200).length, errors: [...new Set(errors)] })}\n`,
);
