import { once } from "node:events";
import { createConnection, createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/** A TCP relay on 127.0.0.1 in front of a real server, which a test can cut or stall. */
export interface Relay {
  port: number;
  /** Closes every connection and refuses new ones (a restart, a failover, a cable pulled). */
  cut(): void;
  /** Keeps connections open but forwards nothing until restored (a network that stops answering). */
  stall(): void;
  /** Back to forwarding. */
  restore(): void;
  close(): Promise<void>;
}

export async function startRelay(target: { host: string; port: number }): Promise<Relay> {
  let mode: "open" | "cut" | "stalled" = "open";
  const pairs = new Set<[Socket, Socket]>();
  const server = createServer((client) => {
    if (mode === "cut") return void client.destroy();
    const upstream = createConnection(target);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    if (mode === "stalled") for (const s of pair) s.pause();
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    port: (server.address() as AddressInfo).port,
    cut() {
      mode = "cut";
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
    },
    stall() {
      mode = "stalled";
      for (const pair of pairs) for (const s of pair) s.pause();
    },
    restore() {
      mode = "open";
      for (const pair of pairs) for (const s of pair) s.resume();
    },
    async close() {
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A relay in front of the PostgreSQL server of `url`, and the same URL through the relay. */
export async function relayTo(url: string): Promise<{ relay: Relay; url: string }> {
  const target = new URL(url);
  const relay = await startRelay({ host: target.hostname, port: Number(target.port || 5432) });
  const through = new URL(url);
  through.hostname = "127.0.0.1";
  through.port = String(relay.port);
  return { relay, url: through.toString() };
}
