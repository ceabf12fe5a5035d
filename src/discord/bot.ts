import { Client, Events, GatewayIntentBits, Options, RESTEvents } from "discord.js";
import type { Logger } from "../log/logger.js";
import type { Command } from "./command.js";
import type { ComponentHandler } from "./component.js";
import type { CommandServices } from "./command-services.js";
import { dispatchInteraction, type InteractionObserver } from "./dispatch.js";
import { globallyLimited } from "./global-limit.js";
import { NO_MENTIONS } from "./reply-with.js";

export interface RestOptions {
  apiBase: string;
  /** discord.js's own global limit (Discord's is 50 requests per second). */
  globalRequestsPerSecond?: number;
  timeoutMs?: number;
  /** Sent with every request (the REST proxy's key, which interaction callbacks carry in place of the token). */
  headers?: Record<string, string>;
}

/**
 * A rate limit longer than this is not waited out: the request fails at once (RateLimitError) and the
 * scheduler retries the post later, so one channel's long limit (a crosspost: 10 an hour) never holds a
 * request slot, or the others, for minutes.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 10_000;

/** discord.js's default: a request unanswered after this long is aborted (and retried by it). */
const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Which gateway shards this process runs, with discord.js's own sharding: `ids` of `count` (several
 * processes, each its own ids), all `count` shards, or by default as many as Discord recommends
 * (`GET /gateway/bot`).
 */
export interface ShardOptions {
  count?: number;
  ids?: number[];
}

function shardOptions({ count, ids }: ShardOptions) {
  if (ids) return { shards: ids, shardCount: count };
  return count ? { shardCount: count } : { shards: "auto" as const };
}

/** The discord.js client: only the Guilds intent, and no mentions unless a message allows them. */
export function createClient(rest: RestOptions, shards: ShardOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    ...shardOptions(shards),
    rest: {
      api: rest.apiBase,
      ...globallyLimited(rest.globalRequestsPerSecond ?? 50, rest.timeoutMs ?? REQUEST_TIMEOUT_MS),
      rejectOnRateLimit: (limit) =>
        Math.max(limit.timeToReset, limit.retryAfter) > MAX_RATE_LIMIT_WAIT_MS,
      headers: rest.headers ?? {},
    },
    allowedMentions: NO_MENTIONS,
    // The bot needs guilds, channels, roles and its own member (permission checks); members and users
    // seen in interactions would otherwise stay cached for good, and nothing else is read.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      StageInstanceManager: 0,
      GuildMemberManager: { maxSize: 100, keepOverLimit: (m) => m.id === m.client.user.id },
      UserManager: { maxSize: 100, keepOverLimit: (u) => u.id === u.client.user.id },
    }),
  });
}

export interface BotOptions {
  client: Client;
  token: string;
  /** Each command is handed the services it declares; the bot forgets what goes with a server or channel. */
  ctx: CommandServices;
  commands: readonly Command[];
  /** What answers the components of the bot's messages, by custom_id prefix. */
  components: readonly ComponentHandler[];
  log: Logger;
  observe?: {
    interaction: InteractionObserver;
    /** Each REST answer's status, with X-RateLimit-Scope. */
    restResponse(status: number, scope: string | null): void;
  };
}

/** Answers interactions and follows guild and channel deletions; resolves once the client is ready. */
export async function startBot(o: BotOptions): Promise<void> {
  const { client, token, ctx, log, observe } = o;
  const handlers = {
    commands: new Map(o.commands.map((c) => [c.data.name, c])),
    components: new Map(o.components.map((c) => [c.prefix, c])),
  };
  client.on(
    Events.InteractionCreate,
    (interaction) =>
      void dispatchInteraction(interaction, handlers, ctx, log, observe?.interaction),
  );
  if (observe) {
    client.rest.on(RESTEvents.Response, (_request, response) =>
      observe.restResponse(response.status, response.headers.get("x-ratelimit-scope")),
    );
  }
  client.on(Events.Error, (error) => log.error({ err: error }, "discord client error"));
  client.on(Events.Debug, (message) => log.trace({ discord: message }, "discord debug"));
  client.rest.on(RESTEvents.Debug, (message) => log.trace({ rest: message }, "discord rest debug"));
  client.rest.on(RESTEvents.RateLimited, (limit) =>
    log.warn(
      {
        route: limit.route,
        url: limit.url,
        scope: limit.scope,
        global: limit.global,
        retryAfterMs: limit.retryAfter,
      },
      "rate limited by Discord",
    ),
  );
  // Leaving a server, or losing a channel, ends the subscriptions that posted there (and a server's
  // own dates and the record of its scheduled events go with it).
  const forget = (what: string, work: () => Promise<number>, things = "subscriptions") =>
    void work().then(
      (removed) => removed && log.info({ what, removed }, `${things} removed`),
      (error: unknown) => log.error({ err: error, what }, `could not remove ${things}`),
    );
  client.on(Events.GuildDelete, (guild) => {
    forget(`guild ${guild.id}`, () => ctx.subscriptionService.forgetGuild(guild.id));
    forget(`guild ${guild.id}`, () => ctx.serverDates.removeGuild(guild.id), "server dates");
    forget(
      `guild ${guild.id}`,
      () => ctx.scheduledEvents.removeGuild(guild.id),
      "scheduled events",
    );
  });
  client.on(Events.ChannelDelete, (channel) =>
    forget(`channel ${channel.id}`, () => ctx.subscriptionService.forgetChannel(channel.id)),
  );
  client.on(Events.ThreadDelete, (thread) =>
    forget(`thread ${thread.id}`, () => ctx.subscriptionService.forgetChannel(thread.id)),
  );
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, "connected to Discord");
}
