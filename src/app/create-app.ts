import type { LiveCalendar } from "../calendar/live-calendar.js";
import { loadCalendar } from "../calendar/load.js";
import type { CommandContext } from "../cli/commands.js";
import type { Config } from "../config/env.js";
import { createSearchIndex, type SearchIndex } from "../calendar/search-index.js";
import type { Clock } from "../clock/clock.js";
import type { DeliveryOptions } from "../delivery/delivery-options.js";
import { createDispatcher, type Dispatcher } from "../delivery/dispatcher.js";
import { liveTakedown } from "../delivery/live-takedown.js";
import { createPlanner, type Planner } from "../delivery/planner.js";
import { createLiveRefresh, type LiveRefresh } from "../delivery/live-refresh.js";
import type { LiveSender } from "../delivery/live-sender.js";
import {
  createReminderDispatcher,
  type MemberTarget,
  type ReminderDispatcher,
} from "../delivery/reminder-dispatcher.js";
import type { Sender } from "../delivery/sender.js";
import type { Logger } from "../log/logger.js";
import { lookUps, type LookUps } from "../lookup/look-ups.js";
import type { Calendar } from "../model/calendar-schema.js";
import type { StorePorts } from "../ports/store-ports.js";
import { eventSyncTimer, type EventSyncTimer } from "../scheduled-events/event-sync-timer.js";
import { eventSync, type EventPort, type EventSync } from "../scheduled-events/event-sync.js";
import { reminderService, type ReminderService } from "../reminders/reminder-service.js";
import { serverDateService, type ServerDateService } from "../server-dates/server-date-service.js";
import {
  subscriptionService,
  type SubscriptionService,
} from "../subscriptions/subscription-service.js";
import { calendarReload, type CalendarReload } from "./calendar-reload.js";

export interface AppConfig {
  /** Where a calendar reload reads its data from (DATA_DIR). */
  dataDir: string;
  /** The zone of "today" in look-ups and a server's own dates. */
  zone: string;
  delivery: DeliveryOptions;
  newId(): string;
}

export interface AppPorts {
  /** The calendar in use; a reload puts new data behind it. */
  calendar: LiveCalendar;
  store: StorePorts;
  clock: Clock;
  log: Logger;
}

/** What only a process connected to Discord has: posting, and a server's scheduled events. */
export interface DiscordPorts<Message> {
  sender: Sender<Message>;
  liveSender: LiveSender<Message>;
  /** Members' reminders, by direct message. */
  directMessages: Sender<Message, MemberTarget>;
  events: EventPort;
  /** Whether this process holds the server (one of its shards does). */
  holds(guildId: string): boolean;
}

/** The application's services, each as narrow as its users need. */
export interface App {
  calendar: Calendar;
  index: SearchIndex;
  lookUps: LookUps;
  /** The one way a subscription changes. */
  subscriptions: SubscriptionService;
  serverDates: ServerDateService;
  /** What a member does with their reminders. */
  reminders: ReminderService;
  planner: Planner;
  calendarReload: CalendarReload;
}

export interface PostingApp extends App {
  dispatcher: Dispatcher;
  liveMessages: LiveRefresh;
  reminderDispatcher: ReminderDispatcher;
  scheduledEvents: EventSync & EventSyncTimer;
}

/**
 * The one composition of the application, for every entry point: the bot (with Discord's ports, it
 * posts), the operators' CLI (without them, it plans). Entry points make the ports and call this.
 */
export async function createApp<Message>(
  config: AppConfig,
  ports: AppPorts & { discord: DiscordPorts<Message> },
): Promise<PostingApp>;
export async function createApp(config: AppConfig, ports: AppPorts): Promise<App>;
export async function createApp<Message>(
  config: AppConfig,
  ports: AppPorts & { discord?: DiscordPorts<Message> },
): Promise<App | PostingApp> {
  const app = await createServices(config, ports);
  if (!ports.discord) return app;
  const { store, clock, log } = ports;
  const dispatcher = createDispatcher({
    calendar: app.calendar,
    serverDates: store.serverDates,
    clock,
    subscriptions: store.subscriptions,
    deliveries: store.deliveries,
    sender: ports.discord.sender,
    ends: app.subscriptions,
    log,
    options: config.delivery,
  });
  const liveMessages = createLiveRefresh({
    calendar: app.calendar,
    serverDates: store.serverDates,
    clock,
    subscriptions: store.subscriptions,
    live: store.liveMessages,
    sender: ports.discord.liveSender,
    ends: app.subscriptions,
    log,
    options: config.delivery,
  });
  const sync = eventSync({
    calendar: app.calendar,
    clock,
    subscriptions: store.subscriptions,
    serverDates: store.serverDates,
    events: store.scheduledEvents,
    port: ports.discord.events,
    log,
  });
  const timer = eventSyncTimer({
    sync,
    events: store.scheduledEvents,
    clock,
    holds: ports.discord.holds,
    log,
  });
  const reminderDispatcher = createReminderDispatcher({
    calendar: app.calendar,
    clock,
    deliveries: store.deliveries,
    reminders: store.memberReminders,
    sender: ports.discord.directMessages,
    log,
    options: config.delivery,
  });
  return {
    ...app,
    dispatcher,
    liveMessages,
    reminderDispatcher,
    scheduledEvents: { ...sync, ...timer },
  };
}

/** The look-ups, which need no store: part of every app, and all the console and `npm run cli` have. */
export function lookUpApp(calendar: Calendar): Pick<App, "calendar" | "index" | "lookUps"> {
  const index = createSearchIndex(calendar);
  return { calendar, index, lookUps: lookUps(calendar, index) };
}

/** The console's and `npm run cli`'s look-ups: the calendar read from DATA_DIR, the defaults. */
export function createCommandContext(config: Config, clock: Clock): CommandContext {
  return {
    ...lookUpApp(loadCalendar(config.DATA_DIR)),
    clock,
    defaultZone: config.DEFAULT_TIMEZONE,
    defaultLanguage: config.DEFAULT_LANGUAGE,
  };
}

async function createServices<Message>(
  config: AppConfig,
  { calendar: live, store, clock, log, discord }: AppPorts & { discord?: DiscordPorts<Message> },
) {
  const { calendar } = live;
  const planner = createPlanner({
    calendar,
    serverDates: store.serverDates,
    clock,
    subscriptions: store.subscriptions,
    deliveries: store.deliveries,
    live: store.liveMessages,
    log,
    options: config.delivery,
  });
  const subscriptions = subscriptionService({
    subscriptions: store.subscriptions,
    scheduler: planner,
    clock,
    newId: config.newId,
    takedown:
      discord && liveTakedown({ live: store.liveMessages, sender: discord.liveSender, log }),
  });
  const serverDates = serverDateService({
    dates: store.serverDates,
    subscriptions: store.subscriptions,
    scheduler: planner,
    clock,
    zone: config.zone,
    newId: config.newId,
  });
  const reload = await calendarReload({
    live,
    dataDir: config.dataDir,
    planner,
    meta: store.meta,
    log,
  });
  return {
    ...lookUpApp(calendar),
    subscriptions,
    serverDates,
    reminders: reminderService({
      calendar,
      reminders: store.memberReminders,
      deliveries: store.deliveries,
      clock,
    }),
    planner,
    calendarReload: reload,
  };
}
