import { systemMonotonic, type Monotonic } from "../clock/monotonic.js";

/**
 * At most `perSecond` requests a second (after a burst of `burst`) are let through, over all clients;
 * past that a request waits for its turn, so that its client, waiting for the answer, slows down, and
 * a flood takes a bounded share of the event loop from the bot's own work (interactions, REST pacing,
 * gateway heartbeats). Turns go round the clients that wait (each client's next request after one of
 * every other's), so that a flooding client keeps no one else waiting behind all its requests; a client
 * with `waitingPerClient` requests waiting already (pipelined ones) is refused at once.
 */
export function requestBudget(o: {
  perSecond: number;
  burst: number;
  waitingPerClient: number;
  clock?: Monotonic;
}) {
  const clock = o.clock ?? systemMonotonic;
  let tokens = o.burst;
  let filledAt = clock.now();
  /** Clients with requests waiting, in turn order, each with its requests' releases in order. */
  const waiting = new Map<string, (() => void)[]>();
  let timer: NodeJS.Timeout | undefined;

  const refill = () => {
    const now = clock.now();
    tokens = Math.min(o.burst, tokens + ((now - filledAt) * o.perSecond) / 1000);
    filledAt = now;
  };

  const release = () => {
    timer = undefined;
    refill();
    while (tokens >= 1 && waiting.size) {
      const [client, queue] = waiting.entries().next().value!;
      tokens -= 1;
      queue.shift()!();
      // To the back of the turn order, or out of it.
      waiting.delete(client);
      if (queue.length) waiting.set(client, queue);
    }
    if (waiting.size) timer = setTimeout(release, Math.ceil(((1 - tokens) * 1000) / o.perSecond));
  };

  return {
    /** Resolves true when this client's request may be answered, false when it is refused. */
    take(client: string): Promise<boolean> {
      refill();
      if (!waiting.size && tokens >= 1) {
        tokens -= 1;
        return Promise.resolve(true);
      }
      const queue = waiting.get(client) ?? [];
      if (queue.length >= o.waitingPerClient) return Promise.resolve(false);
      const turn = new Promise<boolean>((resolve) => queue.push(() => resolve(true)));
      waiting.set(client, queue);
      timer ??= setTimeout(release, Math.ceil(((1 - tokens) * 1000) / o.perSecond));
      return turn;
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
