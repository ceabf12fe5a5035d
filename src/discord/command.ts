import {
  InteractionContextType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type SharedSlashCommand,
} from "discord.js";
import type { Clock } from "../clock/clock.js";
import type { Calendar } from "../calendar/load.js";
import type { Language } from "../calendar/calendar-schema.js";
import type { SearchIndex } from "../calendar/search-index.js";
import type { LookUps } from "../lookup/look-ups.js";
import type { SubscriptionRepository } from "../store/subscriptions.js";
import type { SubscriptionService } from "../subscriptions/subscription-service.js";

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
}

/**
 * What an interaction must meet before a command's handlers run. Declared to Discord with the
 * command (`declareRequirements`), which hides it from others, and checked again by dispatch for
 * every interaction, since a server can loosen what Discord shows.
 */
export interface Requirements {
  guildOnly?: boolean;
  /** A permission the member needs, and what to tell one who lacks it. */
  permission?: { flag: bigint; refusal: string };
}

/** One slash command: its definition, what it requires, and its handlers. */
export interface Command {
  data: SharedSlashCommand;
  requires?: Requirements;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** Why an interaction may not run a command, or null when it may. */
export function unmetRequirement(
  requires: Requirements | undefined,
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
): string | null {
  if (requires?.guildOnly && !interaction.inCachedGuild())
    return "This command works inside a server, not in direct messages.";
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

type GuildHandler = (
  interaction: ChatInputCommandInteraction<"cached">,
  ctx: BotContext,
) => Promise<void>;

/** A command's `execute` that routes its subcommands by name; one it does not know is refused. */
export function routeSubcommands(handlers: Record<string, GuildHandler>): Command["execute"] {
  return async (interaction, ctx) => {
    const name = interaction.options.getSubcommand(true);
    const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    if (!handler || !interaction.inCachedGuild())
      throw new UserInputError(
        `Unknown subcommand "${name}". Accepted: ${Object.keys(handlers).join(", ")}.`,
      );
    return handler(interaction, ctx);
  };
}

/** Bad input from a user: answered with an ephemeral message that says what is accepted. */
export class UserInputError extends Error {
  override name = "UserInputError";
}

/** Discord has no Azerbaijani locale; Turkish-locale users read Azerbaijani more easily than English. */
export function languageFor(interaction: {
  locale: string;
  options: { getString(name: string): string | null };
}): Language {
  const chosen = interaction.options.getString("language");
  if (chosen === "en" || chosen === "az" || chosen === "ru") return chosen;
  // Discord checks choices against the registered command, which may be an older one.
  if (chosen !== null)
    throw new UserInputError(`Unknown language "${chosen}". Choose en, az or ru.`);
  if (interaction.locale === "ru") return "ru";
  if (interaction.locale === "tr") return "az";
  return "en";
}
