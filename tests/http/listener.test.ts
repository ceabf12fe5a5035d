import { once } from "node:events";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  clientOf,
  startHttpListener,
  type HttpListener,
  type ListenerLimits,
  type Route,
} from "../../src/http/listener.js";
import { createLogger } from "../../src/log/logger.js";

const log = createLogger({ level: "silent" });
// Long enough never to be what closes a connection in a test that is not about it.
const NEVER = 600_000;

const listeners: HttpListener[] = [];
const sockets: Socket[] = [];
const timers: NodeJS.Timeout[] = [];
afterEach(async () => {
  for (const timer of timers.splice(0)) clearInterval(timer);
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const listener of listeners.splice(0)) await listener.close();
});

async function listen(
  limits: Partial<ListenerLimits> = {},
  routes: Record<string, Route> = {
    "/": () => ({ status: 200, type: "text/plain", body: "hello\n" }),
  },
  trustedProxies: string[] = [],
) {
  const listener = await startHttpListener({
    port: 0,
    host: "127.0.0.1",
    serves: "test",
    setting: "TEST_PORT",
    log,
    routes,
    limits: {
      headersMs: NEVER,
      requestMs: NEVER,
      idleMs: NEVER,
      connections: 1000,
      connectionsPerClient: 1000,
      ...limits,
    },
    trustedProxies,
  });
  listeners.push(listener);
  return listener;
}

/** A raw connection, and everything it receives until the server closes it. */
function open(port: number, localAddress = "127.0.0.1") {
  const socket = connect({ port, host: "127.0.0.1", localAddress });
  sockets.push(socket);
  socket.on("error", () => undefined);
  let received = "";
  socket.on("data", (chunk) => (received += String(chunk)));
  const closed = once(socket, "close").then(() => received);
  /** Resolves with what has arrived once `text` has. */
  const receive = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (!received.includes(text)) return;
        socket.off("data", check);
        resolve(received);
      };
      socket.on("data", check);
      socket.once("close", () => reject(new Error(`closed before "${text}": ${received}`)));
      check();
    });
  return { socket, closed, receive };
}

/** Sends `text` one byte at a time, a byte every `everyMs`: a slow client. */
function trickle(socket: Socket, text: string, everyMs = 20) {
  let i = 0;
  const timer = setInterval(() => {
    if (i < text.length && !socket.destroyed) socket.write(text[i++]!);
  }, everyMs);
  timers.push(timer);
}

const headersOf = (response: string) =>
  new Map(
    response
      .split("\r\n\r\n")[0]!
      .split("\r\n")
      .slice(1)
      .map((line) => [line.split(":")[0]!.toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]),
  );

function expectSecurityHeaders(headers: Map<string, string> | Headers) {
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("content-security-policy")).toMatch(/default-src 'none'/);
  expect(headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  expect(headers.get("referrer-policy")).toBe("no-referrer");
  expect(headers.get("x-frame-options")).toBe("DENY");
}

describe("the HTTP listener, facing the internet", () => {
  it("answers GET and HEAD of its routes, with the security headers on every answer", async () => {
    const l = await listen(
      {},
      {
        "/": () => ({ status: 200, type: "text/plain", body: "hello\n" }),
        "/broken": () => Promise.reject(new Error("a bug")),
      },
    );
    const base = `http://127.0.0.1:${l.port}`;
    const ok = await fetch(`${base}/`);
    expect([ok.status, await ok.text()]).toEqual([200, "hello\n"]);
    expectSecurityHeaders(ok.headers);
    const head = await fetch(`${base}/`, { method: "HEAD" });
    expect([head.status, await head.text()]).toEqual([200, ""]);
    for (const [path, status] of [
      ["/nothing-here", 404],
      ["/broken", 500],
    ] as const) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(status);
      expectSecurityHeaders(res.headers);
    }
    // What Node itself refuses (a header line without a colon), with the same headers.
    const raw = open(l.port);
    raw.socket.write("GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n");
    const refused = await raw.closed;
    expect(refused).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expectSecurityHeaders(headersOf(refused));
  });

  it("refusals say what is accepted and never repeat the request", async () => {
    const l = await listen();
    const base = `http://127.0.0.1:${l.port}`;
    const probe = "<script>alert(1)</script>";
    const notFound = await fetch(`${base}/${encodeURIComponent(probe)}?q=${probe}`);
    expect(notFound.status).toBe(404);
    expect(await notFound.text()).toBe("Not found. Paths served: /; methods: GET, HEAD.\n");
    const post = await fetch(`${base}/`, { method: "POST", body: probe });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    expect(await post.text()).toBe("Method not allowed. Paths served: /; methods: GET, HEAD.\n");
  });

  it("closes connections whose headers come a byte at a time once headersMs has passed", async () => {
    const l = await listen({ headersMs: 400, requestMs: 800 });
    const slow = Array.from({ length: 30 }, () => open(l.port));
    for (const { socket } of slow)
      trickle(socket, `GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ${"a".repeat(1000)}\r\n\r\n`);
    // One that connects and never sends a byte.
    const silent = open(l.port);
    const answers = await Promise.all([...slow, silent].map((c) => c.closed));
    for (const answer of answers) expect(answer).toMatch(/^(HTTP\/1\.1 408 Request Timeout\r\n|$)/);
  });

  it("refuses a body and closes its connection, however slowly the body comes", async () => {
    const l = await listen();
    const get = open(l.port);
    get.socket.write("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n");
    trickle(get.socket, "a".repeat(100_000));
    expect(await get.closed).toMatch(
      /^HTTP\/1\.1 400 Bad Request\r\n[^]*\r\n\r\nA request here has no body\. Paths served: \/; methods: GET, HEAD\.\n$/,
    );
    const post = open(l.port);
    post.socket.write("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    trickle(post.socket, "1\r\na\r\n".repeat(1000));
    expect(await post.closed).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
  });

  it("closes a kept-alive connection left idle for idleMs", async () => {
    const l = await listen({ idleMs: 300 });
    const client = open(l.port);
    client.socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(await client.receive("hello\n")).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(await client.closed).toMatch(/hello\n$/);
  });

  it("holds a number of connections from one client and in all, and closes the others at once", async () => {
    const l = await listen({ connections: 4, connectionsPerClient: 2 });
    /** A connection the listener took: it answered a request on it, and keeps it open. */
    const held = async (localAddress: string) => {
      const c = open(l.port, localAddress);
      c.socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
      await c.receive("hello\n");
      return c;
    };
    const first = await held("127.0.0.1");
    await held("127.0.0.1");
    expect(await open(l.port, "127.0.0.1").closed).toBe("");
    await held("127.0.0.2");
    await held("127.0.0.2");
    expect(await open(l.port, "127.0.0.3").closed).toBe("");
    // A client that closes one may open another.
    first.socket.end();
    await first.closed;
    await expect
      .poll(() =>
        held("127.0.0.1").then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
  });

  it("answers a number of requests a second, in turns by client: a flood from one keeps no other waiting behind it", async () => {
    const l = await listen({ requestsPerSecond: 20 });
    let answeredA = 0;
    const flood = Array.from({ length: 40 }, async () => {
      const c = open(l.port, "127.0.0.1");
      c.socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
      await c.receive("hello\n");
      answeredA++;
    });
    await expect.poll(() => answeredA).toBeGreaterThan(0);
    const other = open(l.port, "127.0.0.2");
    other.socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    const before = answeredA;
    await other.receive("hello\n");
    // Its turn came after one or two of the flood's (one may have been on its way), not after the
    // rest of it; a few more on a machine whose event loop stalls, when answers released before it
    // are read together.
    expect(answeredA - before).toBeLessThanOrEqual(6);
    expect(answeredA).toBeLessThan(40);
    await Promise.all(flood);
  });

  it("refuses at once a client with as many requests waiting as it may hold connections (pipelined)", async () => {
    const l = await listen({ requestsPerSecond: 10, connectionsPerClient: 3 });
    const c = open(l.port);
    c.socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".repeat(10));
    const answers = (await c.closed).split(/(?=HTTP\/1\.1 )/);
    // One let through (the burst), three waiting their turn, the fifth refused and the connection closed.
    expect(answers.map((a) => a.split("\r\n")[0])).toEqual([
      ...Array<string>(4).fill("HTTP/1.1 200 OK"),
      "HTTP/1.1 429 Too Many Requests",
    ]);
    expect(headersOf(answers[4]!).get("retry-after")).toBe("1");
  });

  it("behind a trusted reverse proxy: its connections are not capped, and readers take turns by the address it forwards", async () => {
    const l = await listen({ requestsPerSecond: 10, connectionsPerClient: 3 }, undefined, [
      "127.0.0.9",
    ]);
    const held = [];
    for (let i = 0; i < 5; i++) {
      const c = open(l.port, "127.0.0.9");
      c.socket.write("GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.1\r\n\r\n");
      await c.receive("hello\n");
      held.push(c);
    }
    // One reader floods through the proxy (the first entry is its own claim, not believed); another,
    // through the same proxy, is not refused with it.
    const flood = open(l.port, "127.0.0.9");
    flood.socket.write(
      "GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.2, 198.51.100.7\r\n\r\n".repeat(10),
    );
    expect((await flood.closed).split(/(?=HTTP\/1\.1 )/).at(-1)).toMatch(/^HTTP\/1\.1 429/);
    const other = open(l.port, "127.0.0.9");
    other.socket.write(
      "GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.7, 198.51.100.8\r\n\r\n",
    );
    expect(await other.receive("hello\n")).toMatch(/^HTTP\/1\.1 200/);
    // Anyone else is capped, and its X-Forwarded-For is not believed.
    const direct = open(l.port, "127.0.0.2");
    direct.socket.write(
      "GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.8\r\n\r\n".repeat(10),
    );
    expect((await direct.closed).split(/(?=HTTP\/1\.1 )/).at(-1)).toMatch(/^HTTP\/1\.1 429/);
  });

  it("counts an IPv6 client by its /64, and an IPv4-mapped address as the IPv4 one", () => {
    expect(clientOf("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(clientOf("2001:0db8:0001:0002:ffff:0:0:7")).toBe("2001:db8:1:2::/64");
    expect(clientOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientOf("::1")).toBe("0:0:0:0::/64");
    expect(clientOf("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(clientOf("203.0.113.9")).toBe("203.0.113.9");
  });
});
