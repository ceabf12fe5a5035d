import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { startHttpListener, type HttpListener } from "../../src/http/listener.js";
import { createLogger } from "../../src/log/logger.js";

const listeners: HttpListener[] = [];
afterEach(async () => {
  for (const l of listeners.splice(0)) await l.close();
});

/** The operators' listener of a bot on `host`, whose /healthz answers `status`. */
async function bot(host: string, status = 200) {
  const listener = await startHttpListener({
    port: 0,
    host,
    serves: "health and metrics",
    setting: "OPS_PORT",
    log: createLogger({ level: "silent" }),
    routes: {
      "/healthz": () => ({
        status,
        type: "application/json",
        body: JSON.stringify({ ok: status === 200 }),
      }),
    },
  });
  listeners.push(listener);
  return listener.port;
}

/** `npm run healthcheck` as the container runs it, with only these variables. */
async function healthcheck(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/http/healthcheck.ts"], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const [code] = await once(child, "exit");
  return { code: code as number, stderr };
}

describe("npm run healthcheck", () => {
  it.each([
    ["::", "::"],
    ["::1", "::1"],
    ["[::1]", "::1"],
    ["0.0.0.0", "0.0.0.0"],
    ["127.0.0.1", "127.0.0.1"],
    ["localhost", "localhost"],
  ])("reaches a bot listening on OPS_HOST=%s", async (given, host) => {
    const port = await bot(host);
    expect(await healthcheck({ OPS_HOST: given, OPS_PORT: String(port) })).toEqual({
      code: 0,
      stderr: "",
    });
  });

  it("fails, saying why, when the bot answers 503, when nothing listens, and without OPS_PORT", async () => {
    const port = await bot("::", 503);
    const unhealthy = await healthcheck({ OPS_HOST: "::", OPS_PORT: String(port) });
    expect(unhealthy).toEqual({
      code: 1,
      stderr: `unhealthy (503 from [::1]:${port}): {"ok":false}\n`,
    });
    await listeners.pop()!.close();
    const gone = await healthcheck({ OPS_HOST: "::", OPS_PORT: String(port) });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(
      new RegExp(
        `^no answer from /healthz \\(\\[::1\\]:${port}: connect ECONNREFUSED .*; 127\\.0\\.0\\.1:${port}: connect ECONNREFUSED .*\\)\\n$`,
      ),
    );
    expect(await healthcheck({})).toEqual({
      code: 1,
      stderr: "OPS_PORT is not set: the bot serves /healthz only when it is.\n",
    });
  });
});
