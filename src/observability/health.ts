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
  store: { ok: boolean; error?: string };
  scheduler: { lastTickSecondsAgo: number };
}

/** A tick runs every minute: several minutes without one finishing means the scheduler is stuck. */
export const TICK_STALE_MS = 5 * 60_000;
const STORE_TIMEOUT_MS = 2000;

export async function checkHealth(sources: HealthSources): Promise<Health> {
  const shards = sources.shards();
  let store: Health["store"] = { ok: true };
  try {
    await Promise.race([
      sources.pingStore(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error("no answer within 2 s")), STORE_TIMEOUT_MS).unref(),
      ),
    ]);
  } catch (error) {
    store = { ok: false, error: (error as Error).message };
  }
  const msSinceTick = sources.msSinceTick();
  const failing: Health["failing"] = [
    ...(shards.length && shards.every((s) => s.ready) ? [] : (["gateway"] as const)),
    ...(store.ok ? [] : (["store"] as const)),
    ...(msSinceTick > TICK_STALE_MS ? (["scheduler"] as const) : []),
  ];
  return {
    ok: failing.length === 0,
    failing,
    gateway: { shards },
    store,
    scheduler: { lastTickSecondsAgo: Math.round(msSinceTick / 1000) },
  };
}
