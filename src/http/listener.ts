import { once } from "node:events";
import { createServer, STATUS_CODES, type IncomingHttpHeaders } from "node:http";
import { isIP, isIPv6, type AddressInfo, type Socket } from "node:net";
import type { Duplex } from "node:stream";
import type { Logger } from "../log/logger.js";
import { requestBudget } from "./request-budget.js";
import { SECURITY_HEADERS } from "./security-headers.js";

/** What a route answers: status, content type, body, and any further headers. */
export interface HttpAnswer {
  status: number;
  type: string;
  /** Text, or bytes (an answer kept for many requests is encoded once). */
  body: string | Buffer;
  headers?: Record<string, string>;
}

export type Route = (url: URL, headers: IncomingHttpHeaders) => HttpAnswer | Promise<HttpAnswer>;

export interface HttpListener {
  port: number;
  close(): Promise<void>;
}

/** What one client, and all together, may hold of a listener that faces the internet. */
export interface ListenerLimits {
  /** A request's headers must have arrived within this of its first byte (or of the connection). */
  headersMs: number;
  /** The whole request, within this. */
  requestMs: number;
  /** A kept-alive connection with no request in progress is closed after this. */
  idleMs: number;
  /** Connections open at once; more are closed at once. */
  connections: number;
  /** Connections open at once from one client: an IPv4 address, or an IPv6 /64 (one subscriber's). */
  connectionsPerClient: number;
  /** Requests answered a second over all clients; more wait their turn (request-budget.ts). */
  requestsPerSecond: number;
}

export const LISTENER_LIMITS: ListenerLimits = {
  headersMs: 10_000,
  requestMs: 20_000,
  idleMs: 5_000,
  connections: 1_000,
  connectionsPerClient: 50,
  requestsPerSecond: 500,
};

/** A listener could not take its address; `setting` names the variable to change. */
export class ListenError extends Error {
  override name = "ListenError";
  constructor(
    readonly serves: string,
    readonly setting: string,
    cause: Error,
  ) {
    super(cause.message, { cause });
  }
}

const text = (status: number, body: string, headers?: Record<string, string>): HttpAnswer => ({
  status,
  type: "text/plain; charset=utf-8",
  body,
  headers,
});

/** The key a client's connections are counted under: an IPv4 address, or an IPv6 address's /64. */
export function clientOf(address: string): string {
  const v4 = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (v4) return v4[1]!;
  if (!isIPv6(address)) return address;
  const [left, right = ""] = address.toLowerCase().split("::") as [string, string?];
  const head = left ? left.split(":") : [];
  const tail = right ? right.split(":") : [];
  const groups = address.includes("::")
    ? [...head, ...Array<string>(8 - head.length - tail.length).fill("0"), ...tail]
    : head;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * Who a request comes from: the connection's address, or — from a trusted reverse proxy — the address
 * that proxy put last in X-Forwarded-For (the one it saw; entries before it are the client's word).
 */
function requesterOf(
  address: string,
  headers: IncomingHttpHeaders,
  trusted: ReadonlySet<string>,
): string {
  if (!trusted.has(clientOf(address))) return clientOf(address);
  const forwarded = [headers["x-forwarded-for"] ?? ""].flat().join(",").split(",").at(-1)!.trim();
  return clientOf(isIP(forwarded) ? forwarded : address);
}

/**
 * An HTTP listener serving GET and HEAD of the `routes` given, and nothing else, within `limits`:
 * every answer carries the security headers, a refusal says what is accepted and never repeats the
 * request, and a request with a body is refused and its connection closed.
 */
export async function startHttpListener(o: {
  port: number;
  host: string;
  /** What it serves and which setting holds its port, for the logs and a failed start. */
  serves: string;
  setting: string;
  log: Logger;
  routes: Readonly<Record<string, Route>>;
  limits?: Partial<ListenerLimits>;
  /**
   * Reverse proxies in front (their addresses): their connections are not capped per client, and their
   * requests take turns by the reader's address they forward.
   */
  trustedProxies?: readonly string[];
}): Promise<HttpListener> {
  const limits = { ...LISTENER_LIMITS, ...o.limits };
  const trusted = new Set((o.trustedProxies ?? []).map(clientOf));
  const paths = Object.keys(o.routes).join(", ");
  const accepted = `Paths served: ${paths}; methods: GET, HEAD.\n`;
  const answering = new WeakSet<Duplex>();
  const budget = requestBudget({
    perSecond: limits.requestsPerSecond,
    burst: Math.max(1, limits.requestsPerSecond / 10),
    // More than one waiting per connection is a client pipelining requests.
    waitingPerClient: limits.connectionsPerClient,
  });

  const answerTo = async (
    client: string,
    method: string | undefined,
    target: string | undefined,
    headers: IncomingHttpHeaders,
  ) => {
    const close = { connection: "close" };
    if (method !== "GET" && method !== "HEAD")
      return text(405, `Method not allowed. ${accepted}`, { allow: "GET, HEAD", ...close });
    if (headers["transfer-encoding"] !== undefined || Number(headers["content-length"] ?? 0) > 0)
      return text(400, `A request here has no body. ${accepted}`, close);
    if (!(await budget.take(client)))
      return text(429, `Too many requests at once. ${accepted}`, { "retry-after": "1", ...close });
    // A request target such as "//" is valid HTTP but no URL: refused, never thrown (a throw here
    // would end the process).
    const url = URL.parse(`http://localhost${target?.startsWith("/") ? target : "/"}`);
    if (!url) return text(400, `Bad request target. ${accepted}`);
    const route = Object.hasOwn(o.routes, url.pathname) ? o.routes[url.pathname] : undefined;
    return route ? route(url, headers) : text(404, `Not found. ${accepted}`);
  };

  const server = createServer(
    {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      keepAliveTimeout: limits.idleMs,
      // Node looks for requests past their time at this interval (30 s unless set).
      connectionsCheckingInterval: Math.min(1000, limits.headersMs / 4),
    },
    (req, res) => {
      answering.add(req.socket);
      res.once("close", () => answering.delete(req.socket));
      Promise.resolve()
        .then(() =>
          answerTo(
            requesterOf(req.socket.remoteAddress ?? "", req.headers, trusted),
            req.method,
            req.url,
            req.headers,
          ),
        )
        .then(
          ({ status, type, body, headers }) =>
            res
              .writeHead(status, {
                ...SECURITY_HEADERS,
                "content-type": type,
                "content-length": Buffer.byteLength(body),
                ...headers,
              })
              .end(req.method === "HEAD" ? undefined : body),
          (error: unknown) => {
            o.log.error({ err: error, serves: o.serves }, "HTTP listener: request failed");
            res
              .writeHead(500, { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8" })
              .end("Internal Server Error\n");
          },
        );
    },
  );
  server.maxConnections = limits.connections;
  // A client that stops reading (or sending) for this long is cut off: its answer is not kept.
  server.timeout = limits.requestMs;

  const perClient = new Map<string, number>();
  server.on("connection", (socket: Socket) => {
    const client = clientOf(socket.remoteAddress ?? "");
    if (trusted.has(client)) return;
    const open = perClient.get(client) ?? 0;
    if (open >= limits.connectionsPerClient) return void socket.destroy();
    perClient.set(client, open + 1);
    socket.once("close", () => {
      const left = perClient.get(client)! - 1;
      if (left) perClient.set(client, left);
      else perClient.delete(client);
    });
  });

  // What Node answers a request it cannot parse or that ran out of time, with the security headers.
  const headerLines = Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || answering.has(socket)) return void socket.destroy();
    const status =
      error.code === "HPE_HEADER_OVERFLOW"
        ? 431
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? 408
          : 400;
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headerLines}connection: close\r\ncontent-length: 0\r\n\r\n`,
      () => socket.destroy(),
    );
  });

  server.listen(o.port, o.host);
  try {
    await once(server, "listening");
  } catch (error) {
    throw new ListenError(o.serves, o.setting, error as Error);
  }
  const { port } = server.address() as AddressInfo;
  o.log.info({ port, host: o.host }, `${o.serves} listening`);
  return {
    port,
    async close() {
      budget.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
