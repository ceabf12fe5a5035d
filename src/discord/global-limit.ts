import { AsyncLocalStorage } from "node:async_hooks";
import { DefaultRestOptions, type RESTOptions } from "discord.js";

/** Monotonic milliseconds; tests pass their own. */
export type Elapsed = () => number;

export interface Pacer {
  /** Resolves when a request may start; rejects (and leaves its place) when `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** How many requests wait for their turn now. */
  readonly waiting: number;
}

/**
 * Starts requests one `windowMs / limit` apart, so that no window of `windowMs`, wherever it starts,
 * holds more than `limit` of them. discord.js's own global limiter counts from the first request of a
 * window it opens itself (plus a 50 ms offset) and sends each window's requests in one burst: against a
 * server whose one-second windows start elsewhere a burst straddles two of them, and one can see up to
 * twice the limit. Even spacing has no phase to get wrong, and no burst whose tail the server handles
 * late: the spread of arrival times stays that of single requests.
 */
export function pacer(limit: number, windowMs: number, now: Elapsed): Pacer {
  const interval = windowMs / limit;
  const waiting: { since: number; grant: () => void }[] = [];
  const aborted = (signal: AbortSignal) =>
    signal.reason instanceof Error ? signal.reason : new DOMException("aborted", "AbortError");
  // The slot of the last grant: the later of its turn and its request's arrival. Slots, not the times
  // timers happen to fire, are spaced, so that timers firing a little late do not add up.
  let slot = -Infinity;
  let timer: NodeJS.Timeout | null = null;

  const pump = () => {
    timer = null;
    while (waiting.length) {
      const t = now();
      const turn = slot + interval;
      if (t < turn) {
        timer = setTimeout(pump, turn - t);
        return;
      }
      const entry = waiting.shift()!;
      // After a stall (a blocked event loop) the missed turns are not paid back in a burst: a grant
      // is never more than a quarter of an interval behind its slot.
      slot = Math.max(turn, entry.since, t - interval / 4);
      entry.grant();
    }
  };

  return {
    acquire: (signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(aborted(signal));
        const leave = () => {
          const at = waiting.indexOf(entry);
          if (at >= 0) waiting.splice(at, 1);
          reject(aborted(signal!));
        };
        const entry = {
          since: now(),
          grant: () => {
            signal?.removeEventListener("abort", leave);
            resolve();
          },
        };
        signal?.addEventListener("abort", leave, { once: true });
        waiting.push(entry);
        if (!timer) pump();
      }),
    get waiting() {
      return waiting.length;
    },
  };
}

/**
 * Room left for the spread of arrival times between this process and Discord: spacing requests for a
 * window a little longer than a second keeps them inside the limit when some arrive late (0.97 of it).
 */
export const WINDOW_MARGIN_MS = 20;

// Interaction callbacks and webhooks are not counted against the global limit
// (https://discord.com/developers/docs/topics/rate-limits#global-rate-limit).
export const EXEMPT_FROM_GLOBAL_LIMIT = /\/(interactions|webhooks)\//;

/** The pacer of one token's global limit of `perSecond`. */
export function globalPacer(perSecond: number, now: Elapsed = () => performance.now()): Pacer {
  return pacer(perSecond, 1000 + WINDOW_MARGIN_MS, now);
}

/**
 * discord.js's timeout, which it starts before calling `makeRequest` and which would count the wait for
 * a turn: set out of reach, so that the signal it passes aborts only when its caller's does.
 */
const NO_TIMEOUT_MS = 2 ** 31 - 1;

/** What the attempts of one request did: whether one may have made something at Discord. */
export interface Attempts {
  mayHaveActed: boolean;
}
const attemptsOf = new AsyncLocalStorage<Attempts>();

/**
 * Runs `request` (a discord.js REST call) noting in `attempts` whether any of its tries may have acted:
 * one that went out and was not refused with a 4xx (a success, a 5xx, a lost answer). A request that
 * waited in the queues until its deadline, or whose every try was refused, made nothing — discord.js
 * retries without telling its caller, so only its request function can tell.
 */
export const trackAttempts = <T>(attempts: Attempts, request: () => Promise<T>): Promise<T> =>
  attemptsOf.run(attempts, request);

/**
 * discord.js's request function behind a pacer of `perSecond` (or the one given). discord.js still
 * keeps the per-route buckets and reacts to any 429; its own global counter is set above this one so
 * that it does not pace the requests a second time. Each request gets its own timeout from the moment
 * it is sent, and a request whose caller's signal aborted (a post past its deadline, a proxied bot
 * that hung up) leaves the queue and is never sent, or is ended: discord.js then gives up at once,
 * whatever 429s it was waiting out.
 */
export function globallyLimited(
  perSecond: number,
  timeoutMs: number,
  paced: Pacer = globalPacer(perSecond),
): Pick<RESTOptions, "makeRequest" | "globalRequestsPerSecond" | "timeout"> {
  return {
    globalRequestsPerSecond: perSecond * 2,
    timeout: NO_TIMEOUT_MS,
    async makeRequest(url, init) {
      const caller = init.signal ?? undefined;
      if (!EXEMPT_FROM_GLOBAL_LIMIT.test(url)) await paced.acquire(caller);
      caller?.throwIfAborted();
      // An AbortError, as discord.js's own timeout gives, so that discord.js retries it the same way.
      const controller = new AbortController();
      const abort = () => controller.abort();
      const timer = setTimeout(abort, timeoutMs);
      caller?.addEventListener("abort", abort, { once: true });
      const attempts = attemptsOf.getStore();
      try {
        const response = await DefaultRestOptions.makeRequest(url, {
          ...init,
          signal: controller.signal,
        });
        if (attempts && !(response.status >= 400 && response.status < 500))
          attempts.mayHaveActed = true;
        return response;
      } catch (error) {
        if (attempts) attempts.mayHaveActed = true;
        throw error;
      } finally {
        clearTimeout(timer);
        caller?.removeEventListener("abort", abort);
      }
    },
  };
}
