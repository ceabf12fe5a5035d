import { request } from "node:http";
import { ConfigError, loadDotEnv, parseConfig } from "../config/env.js";

/**
 * `npm run healthcheck`: exits 0 when this host's bot answers /healthz with 200, 1 otherwise — for a
 * container's HEALTHCHECK or a service manager's watchdog. Reads OPS_PORT and OPS_HOST (as the bot
 * does, .env included). A wildcard address is reached on loopback: `0.0.0.0` on 127.0.0.1, `::` on
 * ::1 and then 127.0.0.1 (a listener on `::` takes IPv4 too, unless the system keeps them apart).
 */
const TIMEOUT_MS = 5000;

function get(host: string, port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // host and port apart, not a URL: an IPv6 address needs no brackets this way.
    const req = request({ host, port, path: "/healthz", timeout: TIMEOUT_MS }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.once("end", () => resolve({ status: res.statusCode!, body }));
      res.once("error", reject);
    });
    req.once("timeout", () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    req.once("error", reject);
    req.end();
  });
}

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

try {
  loadDotEnv();
  const config = parseConfig(process.env);
  const port =
    config.OPS_PORT ?? fail("OPS_PORT is not set: the bot serves /healthz only when it is.");
  const hosts =
    config.OPS_HOST === "0.0.0.0"
      ? ["127.0.0.1"]
      : config.OPS_HOST === "::"
        ? ["::1", "127.0.0.1"]
        : [config.OPS_HOST];
  const tried: string[] = [];
  for (const host of hosts) {
    const where = `${host.includes(":") ? `[${host}]` : host}:${port}`;
    const answer = await get(host, port).catch((error: Error) => {
      tried.push(`${where}: ${error.message}`);
      return null;
    });
    if (!answer) continue;
    if (answer.status !== 200) fail(`unhealthy (${answer.status} from ${where}): ${answer.body}`);
    process.exit(0);
  }
  fail(`no answer from /healthz (${tried.join("; ")})`);
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}
