import pg from "pg";
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
  /**
   * Holds each answer of the server for `ms` before passing it on, so that every round trip — a
   * query, a connection's start — takes that much longer (an overloaded server, a distant one).
   */
  slow(ms: number): void;
  /** Back to forwarding at once. */
  restore(): void;
  close(): Promise<void>;
}

export async function startRelay(target: { host: string; port: number }): Promise<Relay> {
  let mode: "open" | "cut" | "stalled" = "open";
  let latencyMs = 0;
  const pairs = new Set<[Socket, Socket]>();
  const server = createServer((client) => {
    if (mode === "cut") return void client.destroy();
    const upstream = createConnection(target);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    // Answers wait in order, each until `latencyMs` after it came.
    const waiting: { at: number; chunk: Buffer }[] = [];
    let timer: NodeJS.Timeout | undefined;
    const release = () => {
      timer = undefined;
      while (waiting[0] && waiting[0].at <= performance.now()) {
        const { chunk } = waiting.shift()!;
        if (!client.destroyed) client.write(chunk);
      }
      if (waiting.length)
        timer = setTimeout(release, Math.max(1, waiting[0]!.at - performance.now()));
    };
    upstream.on("data", (chunk: Buffer) => {
      if (!latencyMs && !waiting.length) return void client.write(chunk);
      waiting.push({ at: performance.now() + latencyMs, chunk });
      timer ??= setTimeout(release, latencyMs);
    });
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
    slow(ms) {
      latencyMs = ms;
    },
    restore() {
      mode = "open";
      latencyMs = 0;
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

export interface RelayedSchema {
  relay: Relay;
  /** The server's URL through the relay. */
  url: string;
  schema: string;
  /** Closes the relay and drops the schema. */
  close(): Promise<void>;
}

/** A fresh schema on the PostgreSQL server of `url`, reached through a relay. */
export async function relayedSchema(url: string, prefix: string): Promise<RelayedSchema> {
  const schema = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const relayed = await relayTo(url);
  return {
    ...relayed,
    schema,
    async close() {
      await relayed.relay.close();
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    },
  };
}
