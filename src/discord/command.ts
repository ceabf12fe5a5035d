import {
  InteractionContextType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type SharedSlashCommand,
} from "discord.js";
import type { Clock } from "../clock/clock.js";
import type { Calendar } from "../model/calendar-schema.js";
import { isLanguage, type Language } from "../model/calendar-schema.js";
import type { SearchIndex } from "../calendar/search-index.js";
import type { LookUps } from "../lookup/look-ups.js";
import type { SubscriptionRepository } from "../ports/subscription-repository.js";
import type { SubscriptionService } from "../subscriptions/subscription-service.js";
import type { ServerDateRepository } from "../ports/server-date-repository.js";
import type { ScheduledEventRepository } from "../ports/scheduled-event-repository.js";
import type { ServerDateService } from "../server-dates/server-date-service.js";
import { localText, type LocalText } from "../i18n/translate.js";
import { UserInputError } from "../i18n/user-input-error.js";
import { languageValue } from "./language-option.js";

export { UserInputError };

export interface BotContext {
  calendar: Calendar;
  index: SearchIndex;
  lookUps: LookUps;
  clock: Clock;
  /** Zone for "today" in look-ups. */
  zone: string;
  version: string;
  /** Reads subscriptions (lists, autocomplete). */
  subscriptions: SubscriptionRepository;
  /** Changes them: add, edit, pause, resume, remove. */
  subscriptionService: SubscriptionService;
  /** Reads a server's own dates (lists, autocomplete). */
  serverDates: ServerDateRepository;
  /** Changes them. */
  serverDateService: ServerDateService;
  /** The scheduled events the bot made (forgotten with a server the bot leaves). */
  scheduledEvents: Pick<ScheduledEventRepository, "removeGuild">;
  /** Brings a server's scheduled events up to date, in the background (after a subscription changed). */
  refreshEvents(guildId: string): void;
  /** Where the HTTP listener is reached from outside (PUBLIC_URL), for links to the feed; null when unset. */
  publicUrl: string | null;
}

/**
 * What an interaction must meet before a command's handlers run. Declared to Discord with the
 * command (`declareRequirements`), which hides it from others, and checked again by dispatch for
 * every interaction, since a server can loosen what Discord shows.
 */
export interface Requirements {
  guildOnly?: boolean;
  /** A permission the member needs, and what to tell one who lacks it. */
  permission?: { flag: bigint; refusal: LocalText };
}

/** One slash command: its definition, what it requires, and its handlers. */
export interface Command {
  data: SharedSlashCommand;
  requires?: Requirements;
  /**
   * The command waits on the store or on Discord's REST, which can take longer than the three seconds
   * Discord gives a first answer: dispatch defers it at once — ephemerally, as every such answer is
   * the admin's alone — and the answer edits the deferral. A command that only looks things up in
   * memory answers at once instead.
   */
  mayWait?: boolean;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** Why an interaction may not run a command, or null when it may. */
export function unmetRequirement(
  requires: Requirements | undefined,
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
): LocalText | null {
  if (requires?.guildOnly && !interaction.inCachedGuild()) return localText("error.guildOnly");
  const permission = requires?.permission;
  if (permission && !interaction.memberPermissions?.has(permission.flag)) return permission.refusal;
  return null;
}

/** Declares the requirements to Discord with the command (hidden from others, servers only). */
export function declareRequirements<
  T extends {
    setDefaultMemberPermissions(permissions: bigint | null): T;
    setContexts(...contexts: InteractionContextType[]): T;
  },
>(builder: T, requires: Requirements): T {
  let declared = builder;
  if (requires.guildOnly) declared = declared.setContexts(InteractionContextType.Guild);
  if (requires.permission)
    declared = declared.setDefaultMemberPermissions(requires.permission.flag);
  return declared;
}

type Handler<I> = (interaction: I, ctx: BotContext) => Promise<void>;

export const inGuild = (
  interaction: ChatInputCommandInteraction,
): interaction is ChatInputCommandInteraction<"cached"> => interaction.inCachedGuild();

/**
 * A handler after which the server's scheduled events follow what changed — in the background, and
 * even when the answer failed (the change was saved).
 */
export const refreshingEvents =
  (
    handler: Handler<ChatInputCommandInteraction<"cached">>,
  ): Handler<ChatInputCommandInteraction<"cached">> =>
  async (interaction, ctx) => {
    try {
      await handler(interaction, ctx);
    } finally {
      ctx.refreshEvents(interaction.guildId);
    }
  };

/**
 * A command's `execute` that routes its subcommands by name; one it does not know is refused, as is
 * an interaction that `accepts` refuses (subcommands that need a server: `inGuild`).
 */
export function routeSubcommands<I extends ChatInputCommandInteraction>(
  handlers: Record<string, Handler<I>>,
  accepts: (interaction: ChatInputCommandInteraction) => interaction is I = (
    _: ChatInputCommandInteraction,
  ): _ is I => true,
): Command["execute"] {
  return async (interaction, ctx) => {
    const name = interaction.options.getSubcommand(true);
    const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    if (!handler || !accepts(interaction))
      throw new UserInputError(
        localText("error.unknownSubcommand", {
          value: name,
          accepted: Object.keys(handlers).join(", "),
        }),
      );
    return handler(interaction, ctx);
  };
}

interface Asked {
  locale: string;
  guildLocale?: string | null;
  options: { getString(name: string): string | null };
}

/** The language a Discord locale reads best, if we write one: Turkish-locale users read Azerbaijani. */
function languageOfLocale(locale: string | null | undefined): Language | null {
  if (locale === "ru") return "ru";
  if (locale === "tr") return "az";
  if (locale?.startsWith("en-")) return "en";
  return null;
}

/** The reply's language: the `language` option, else the user's locale, else the server's, else English. */
export function replyLanguage(interaction: Asked): Language {
  const chosen = interaction.options.getString("language");
  if (isLanguage(chosen)) return chosen;
  return languageOfLocale(interaction.locale) ?? languageOfLocale(interaction.guildLocale) ?? "en";
}

/** As replyLanguage, refusing a `language` option that is not one of ours. */
export function languageFor(interaction: Asked): Language {
  return languageValue(interaction.options, "language") ?? replyLanguage(interaction);
}
