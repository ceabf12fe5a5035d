import { spawn, type ChildProcess } from "node:child_process";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createInterface } from "node:readline";

/** A child process of the project (the bot, or the REST proxy) and the JSON lines it logs. */
export interface Child {
  process: ChildProcess;
  lines: Record<string, unknown>[];
  /** Resolves with the first logged line whose `msg` is `msg`. */
  logged(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Moves the process's simulated clock to this offset; resolves once it runs on it. */
  setClock(offsetMs: number): Promise<void>;
}

/**
 * Starts `entry` (e.g. src/main.ts) with tsx and the given environment; `clockOffsetMs` runs its clock
 * that far ahead of the real one (tests/e2e/simulated-clock.ts), as the test server's is.
 */
export function startChild(
  entry: string,
  env: Record<string, string>,
  clockOffsetMs?: number,
): Child {
  const clock = clockOffsetMs === undefined ? [] : ["--import", "./tests/e2e/simulated-clock.ts"];
  const child = spawn(process.execPath, ["--import", "tsx", ...clock, entry], {
    env: {
      ...process.env,
      ...env,
      ...(clockOffsetMs === undefined
        ? {}
        : { YADDASH_TEST_CLOCK_OFFSET_MS: String(clockOffsetMs) }),
    },
    stdio: ["ignore", "pipe", "inherit", ...(clockOffsetMs === undefined ? [] : ["ipc" as const])],
  });
  const lines: Record<string, unknown>[] = [];
  const waiting: { msg: string; resolve: (line: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stdout! }).on("line", (text) => {
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    lines.push(line);
    for (const w of waiting.filter((w) => w.msg === line.msg)) w.resolve(line);
  });
  return {
    process: child,
    lines,
    setClock: (offsetMs) =>
      new Promise((resolve, reject) => {
        if (!child.connected) return reject(new Error(`${entry}: no simulated clock to set`));
        const applied = (message: { clockOffsetMs?: number }) => {
          if (message?.clockOffsetMs !== offsetMs) return;
          child.off("message", applied);
          resolve();
        };
        child.on("message", applied);
        child.send({ clockOffsetMs: offsetMs });
      }),
    logged: (msg, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const found = lines.find((l) => l.msg === msg);
        if (found) return resolve(found);
        const timer = setTimeout(
          () => reject(new Error(`${entry}: no "${msg}" within ${timeoutMs} ms`)),
          timeoutMs,
        );
        child.once("exit", (code) =>
          reject(new Error(`${entry} exited (${code}) before "${msg}"`)),
        );
        waiting.push({
          msg,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
      }),
  };
}

/**
 * The most requests the test server saw in any sliding second (interaction callbacks and webhooks
 * are exempt from the global limit, as on Discord).
 */
export function busiestSecond(requests: readonly { path: string; at: number }[]): number {
  const times = requests
    .filter((r) => !/^\/(interactions|webhooks)\//.test(r.path))
    .map((r) => r.at)
    .sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/**
 * The most requests a sliding second may show when the sender starts `perSecond` evenly (never fewer
 * than `limit`, Discord's), given the longest stall of the test server's event loop while it ran:
 * the server stamps a request when its loop gets to it, so the requests that came during a stall get
 * stamps together, and a second of stamps can hold what came over a second and the stall.
 */
export function watchStalls(limit: number, perSecond: number) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  return {
    allowed() {
      delay.disable();
      const stallSeconds = delay.max / 1e9;
      return Math.max(limit, Math.ceil(perSecond * (1 + stallSeconds)) + 1);
    },
  };
}
