import { Status, type Client } from "discord.js";
import { createLiveCalendar } from "../calendar/live-calendar.js";
import type { Clock } from "../clock/clock.js";
import { systemMonotonic, type Monotonic } from "../clock/monotonic.js";
import type { Dispatcher } from "../delivery/dispatcher.js";
import type { ReminderDispatcher } from "../delivery/reminder-dispatcher.js";
import type { Planner } from "../delivery/planner.js";
import type { TickReport } from "../delivery/post-delivery.js";
import { createClient, startBot, type RestOptions, type ShardOptions } from "../discord/bot.js";
import { discordSender } from "../discord/channel-sender.js";
import { discordLiveSender } from "../discord/live-message.js";
import type { ComponentHandler } from "../discord/component.js";
import { setupDrafts } from "../discord/setup-drafts.js";
import type { Command } from "../discord/command.js";
import type { CommandServices } from "../discord/command-services.js";
import { directMessageSender } from "../discord/dm-sender.js";
import { discordEventPort } from "../discord/event-port.js";
import { calendarIcsRoute } from "../http/calendar-ics-route.js";
import { startHttpListener, type HttpListener, type ListenerLimits } from "../http/listener.js";
import { operatorRoutes } from "../http/operator-routes.js";
import { publicPageRoute } from "../http/public-page.js";
import type { Logger } from "../log/logger.js";
import type { Calendar } from "../model/calendar-schema.js";
import {
  startHealthMonitor,
  type HealthMonitor,
  type HealthSources,
} from "../observability/health.js";
import { createMetrics, type Metrics } from "../observability/metrics.js";
import type { DeliveryRepository } from "../ports/delivery-repository.js";
import type { StorePorts } from "../ports/store-ports.js";
import type { SubscriptionRepository } from "../ports/subscription-repository.js";
import type { EventSync } from "../scheduled-events/event-sync.js";
import { openDatabase, type OpenOptions } from "../store/open.js";
import { repositories } from "../store/repositories.js";
import { batchedWrites } from "../store/write-batch.js";
import type { ReloadReport } from "./calendar-reload.js";
import { createApp, type AppConfig, type PostingApp } from "./create-app.js";
import { minuteTick } from "./minute-tick.js";

export interface BotProcessOptions extends AppConfig {
  token: string;
  rest: RestOptions;
  shards?: ShardOptions;
  databaseUrl: string;
  /** PostgreSQL's schema and timeouts. */
  store?: Omit<OpenOptions, "log">;
  calendar: Calendar;
  clock: Clock;
  log: Logger;
  commands: readonly Command[];
  components: readonly ComponentHandler[];
  version: string;
  /** Where to serve the public page and the calendar feed; none when unset. */
  http?: { port: number; host: string; trustedProxies?: readonly string[] };
  /** Where to serve /healthz and /metrics, for operators; none when unset. */
  ops?: { port: number; host: string };
  /** Tests shorten the listeners' limits and the health monitor's interval. */
  listening?: { limits?: Partial<ListenerLimits>; healthEveryMs?: number };
  /** For the ages of cached pages and of the store's health (default: performance.now). */
  monotonic?: Monotonic;
  /** The listener's address as readers reach it, for links; null when unset. */
  publicUrl: string | null;
}

export interface BotProcess {
  client: Client;
  /** What commands run with. */
  context: CommandServices;
  planner: Planner;
  dispatcher: Dispatcher;
  /** Members' reminders by direct message (each tick sends those due). */
  reminders: ReminderDispatcher;
  subscriptions: SubscriptionRepository;
  deliveries: DeliveryRepository;
  metrics: Metrics;
  /** The public listener (page and feed), when one was asked for. */
  http: HttpListener | null;
  /** The operators' listener (/healthz, /metrics), when one was asked for. */
  ops: HttpListener | null;
  /** A server's scheduled events (each tick syncs the due servers' in the background). */
  events: EventSync;
  /** One minute's tick, timed and counted in the metrics (what node-cron calls). */
  tick(): Promise<TickReport>;
  /**
   * Reads the calendar's data again (SIGHUP, or `npm run cli -- calendar reload` through the store):
   * invalid data is refused and logged with file:line, and the calendar in use stays; valid data
   * replaces it, and the subscriptions are re-planned when it changed.
   */
  reloadCalendar(): Promise<ReloadReport>;
  stop(): Promise<void>;
}

/** How often the health monitor pings the store, and how long a ping may take. */
const HEALTH_EVERY_MS = 5000;
const STORE_PING_TIMEOUT_MS = 2000;

/**
 * The bot's process: opens the store, makes the Discord client, composes the application on them
 * (createApp), and starts the bot, the HTTP listeners and the health monitor. Schedules are recomputed
 * when the calendar data changed since the last start.
 */
export async function startBotProcess(o: BotProcessOptions): Promise<BotProcess> {
  const { db, engine } = await openDatabase(o.databaseUrl, { ...o.store, log: o.log });
  o.log.info({ engine }, "store ready");
  // A fan-out's outbox and schedule writes of one moment share a commit (SQLite).
  const store = repositories(db, batchedWrites(db, engine));
  const client = createClient(o.rest, o.shards);
  // Every part gets the live calendar: a reload puts new data behind it.
  const live = createLiveCalendar(o.calendar);
  const app = await createApp(o, {
    calendar: live,
    store,
    clock: o.clock,
    log: o.log,
    discord: {
      sender: discordSender(client, live.calendar, o.clock),
      liveSender: discordLiveSender(client),
      directMessages: directMessageSender(client, live.calendar),
      events: discordEventPort(client),
      holds: (guildId) => client.guilds.cache.has(guildId),
    },
  });
  await app.calendarReload.replanIfChanged();
  const metrics = createMetrics({
    counts: () => store.subscriptions.counts(o.clock.now().toUTC().toISO()!),
    shards: () => client.ws.shards.map((shard) => ({ id: shard.id, pingMs: shard.ping })),
  });
  const ticks = minuteTick({ ...app, observe: (r, s) => metrics.tick(r, s), log: o.log });

  const context = botContext(o, app, store);
  const listening: Listening = { http: null, ops: null, health: null };
  try {
    await startBot({
      client,
      token: o.token,
      commands: o.commands,
      components: o.components,
      log: o.log,
      ctx: context,
      observe: metrics,
    });
    if (o.http || o.ops) {
      const sources: HealthSources = {
        shards: () =>
          client.ws.shards.map((shard) => ({
            id: shard.id,
            ready: shard.status === Status.Ready,
          })),
        pingStore: () => store.meta.ping(),
        msSinceTick: ticks.msSinceTick,
      };
      await startListeners(o, { sources, metrics, context }, listening);
    }
  } catch (error) {
    listening.health?.stop();
    await listening.ops?.close();
    await client.destroy();
    await db.destroy();
    throw error;
  }
  return {
    client,
    context,
    planner: app.planner,
    dispatcher: app.dispatcher,
    reminders: app.reminderDispatcher,
    subscriptions: store.subscriptions,
    deliveries: store.deliveries,
    metrics,
    http: listening.http,
    ops: listening.ops,
    events: app.scheduledEvents,
    tick: ticks.tick,
    reloadCalendar: app.calendarReload.reload,
    async stop() {
      await listening.http?.close();
      await listening.ops?.close();
      listening.health?.stop();
      await client.destroy();
      await db.destroy();
      o.log.info("disconnected from Discord");
    },
  };
}

/** What has started of the listeners and their health monitor (a failed start stops what had). */
interface Listening {
  http: HttpListener | null;
  ops: HttpListener | null;
  health: HealthMonitor | null;
}

/** The health monitor, then the operators' listener and the public one, each when asked for. */
async function startListeners(
  o: BotProcessOptions,
  {
    sources,
    metrics,
    context,
  }: { sources: HealthSources; metrics: Metrics; context: CommandServices },
  listening: Listening,
): Promise<void> {
  const monotonic = o.monotonic ?? systemMonotonic;
  const monitor = await startHealthMonitor({
    sources,
    log: o.log,
    monotonic,
    everyMs: o.listening?.healthEveryMs ?? HEALTH_EVERY_MS,
    timeoutMs: STORE_PING_TIMEOUT_MS,
  });
  listening.health = monitor;
  const listen = { log: o.log, limits: o.listening?.limits };
  if (o.ops)
    listening.ops = await startHttpListener({
      ...o.ops,
      ...listen,
      serves: "health and metrics",
      setting: "OPS_PORT",
      routes: operatorRoutes({ health: monitor, metrics }),
    });
  if (o.http)
    listening.http = await startHttpListener({
      ...o.http,
      ...listen,
      serves: "public page and feed",
      setting: "HTTP_PORT",
      routes: {
        "/": publicPageRoute({ ...context, monotonic, health: () => monitor.current() }),
        "/calendar.ics": calendarIcsRoute({ ...o, calendar: context.calendar, monotonic }),
      },
    });
}

/** What the commands run with. */
function botContext(o: BotProcessOptions, app: PostingApp, store: StorePorts): CommandServices {
  return {
    calendar: app.calendar,
    index: app.index,
    lookUps: app.lookUps,
    clock: o.clock,
    zone: o.zone,
    version: o.version,
    publicUrl: o.publicUrl,
    refreshEvents: app.scheduledEvents.syncSoon,
    scheduledEvents: store.scheduledEvents,
    subscriptions: store.subscriptions,
    subscriptionService: app.subscriptions,
    serverDates: store.serverDates,
    serverDateService: app.serverDates,
    reminders: app.reminders,
    setupDrafts: setupDrafts(o.clock),
  };
}
