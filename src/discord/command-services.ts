import type { Clock } from "../clock/clock.js";
import type { Calendar } from "../model/calendar-schema.js";
import type { SearchIndex } from "../calendar/search-index.js";
import type { LookUps } from "../lookup/look-ups.js";
import type { SubscriptionRepository } from "../ports/subscription-repository.js";
import type { SubscriptionService } from "../subscriptions/subscription-service.js";
import type { ServerDateRepository } from "../ports/server-date-repository.js";
import type { ScheduledEventRepository } from "../ports/scheduled-event-repository.js";
import type { ServerDateService } from "../server-dates/server-date-service.js";
import type { ReminderService } from "../reminders/reminder-service.js";
import type { SetupDrafts } from "./setup-drafts.js";

/**
 * The services the bot is given by the composition root. Each command declares the few it uses and is
 * handed only those (`servicesFor`); the bot itself forgets a server, or a channel, that goes.
 */
export interface CommandServices {
  calendar: Calendar;
  index: SearchIndex;
  lookUps: LookUps;
  clock: Clock;
  /** Zone for "today" in look-ups. */
  zone: string;
  version: string;
  /** Reads subscriptions (lists, autocomplete). */
  subscriptions: Pick<SubscriptionRepository, "list">;
  /** Changes them: add, edit, pause, resume, remove; forgets those of a server or channel gone. */
  subscriptionService: SubscriptionService;
  /** Reads a server's own dates (lists, autocomplete); the bot removes those of a server gone. */
  serverDates: Pick<ServerDateRepository, "list" | "removeGuild">;
  /** Changes them. */
  serverDateService: ServerDateService;
  /** The scheduled events the bot made (forgotten with a server the bot leaves). */
  scheduledEvents: Pick<ScheduledEventRepository, "removeGuild">;
  /** Brings a server's scheduled events up to date, in the background (after a subscription changed). */
  refreshEvents(guildId: string): void;
  /** A member's own reminders, by direct message. */
  reminders: ReminderService;
  /** The `/setup`s under way. */
  setupDrafts: SetupDrafts;
  /** Where the HTTP listener is reached from outside (PUBLIC_URL), for links to the feed; null when unset. */
  publicUrl: string | null;
}

export type ServiceName = keyof CommandServices;

/** The services a command or handler declares it uses. */
export type Services<K extends ServiceName> = Pick<CommandServices, K>;

/** Only the services named. */
export function servicesFor<K extends ServiceName>(
  all: CommandServices,
  uses: readonly K[],
): Services<K> {
  return Object.fromEntries(uses.map((name) => [name, all[name]])) as Services<K>;
}
