import type { Monotonic } from "../clock/monotonic.js";
import type { Logger } from "../log/logger.js";

/** Each part of the process that must work, and how it is now. */
export interface HealthSources {
  /** The gateway shards this process runs, and whether each is ready. */
  shards(): { id: number; ready: boolean }[];
  /** Resolves when the store answers. */
  pingStore(): Promise<void>;
  /** Milliseconds since the last scheduler tick finished (or since start-up, before the first). */
  msSinceTick(): number;
}

export interface Health {
  ok: boolean;
  /** The parts that fail, by name. */
  failing: ("gateway" | "store" | "scheduler")[];
  gateway: { shards: { id: number; ready: boolean }[] };
  /** As of the last ping, `checkedSecondsAgo`; why it failed is logged, not shown. */
  store: { ok: boolean; checkedSecondsAgo: number };
  scheduler: { lastTickSecondsAgo: number };
}

export interface HealthMonitor {
  /** The health now: the gateway and the scheduler as they are, the store as of its last ping. */
  current(): Health;
  stop(): void;
}

/** A tick runs every minute: several minutes without one finishing means the scheduler is stuck. */
export const TICK_STALE_MS = 5 * 60_000;

/**
 * Pings the store every `everyMs` in the background, one ping at a time whatever the request rate
 * (the next starts `everyMs` after the last one settled), so that health checks and the public page
 * read a state rather than each making a store round trip. A ping not answered within `timeoutMs`
 * counts as failing until it answers. Resolves after the first ping (or its timeout).
 */
export async function startHealthMonitor(o: {
  sources: HealthSources;
  log: Logger;
  monotonic: Monotonic;
  everyMs: number;
  timeoutMs: number;
}): Promise<HealthMonitor> {
  // Assumed working until the first ping says otherwise, so that a failing store is logged at once.
  let store = { ok: true, at: o.monotonic.now() };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const record = (error: unknown) => {
    if (stopped) return;
    const ok = error === null;
    if (store.ok && !ok) o.log.warn({ err: error }, "health: the store is failing");
    if (!store.ok && ok) o.log.info("health: the store answers");
    store = { ok, at: o.monotonic.now() };
  };

  const ping = (): Promise<void> => {
    let settled: () => void;
    const answered = new Promise<void>((resolve) => (settled = resolve));
    const late = setTimeout(() => {
      record(new Error(`the store gave no answer within ${o.timeoutMs} ms`));
      settled();
    }, o.timeoutMs).unref();
    void Promise.resolve()
      .then(() => o.sources.pingStore())
      .then(
        () => record(null),
        (error: unknown) => record(error),
      )
      .finally(() => {
        clearTimeout(late);
        settled();
        if (!stopped) timer = setTimeout(ping, o.everyMs).unref();
      });
    return answered;
  };

  await ping();
  return {
    current() {
      const shards = o.sources.shards();
      const msSinceTick = o.sources.msSinceTick();
      const failing: Health["failing"] = [
        ...(shards.length && shards.every((s) => s.ready) ? [] : (["gateway"] as const)),
        ...(store.ok ? [] : (["store"] as const)),
        ...(msSinceTick > TICK_STALE_MS ? (["scheduler"] as const) : []),
      ];
      return {
        ok: failing.length === 0,
        failing,
        gateway: { shards },
        store: {
          ok: store.ok,
          checkedSecondsAgo: Math.round((o.monotonic.now() - store.at) / 1000),
        },
        scheduler: { lastTickSecondsAgo: Math.round(msSinceTick / 1000) },
      };
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
