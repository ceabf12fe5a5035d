import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type BaseInteraction,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type SharedSlashCommand,
} from "discord.js";
import type { ServiceName, Services } from "./command-services.js";
import { isLanguage, type Language } from "../model/calendar-schema.js";
import { localText, type LocalText } from "../i18n/translate.js";
import { invalid } from "../errors/app-error.js";
import { label, type LabelKey } from "./command-label.js";
import { nameOf, withOptions, type OptionHolder } from "./command-options.js";
import { LANGUAGE } from "./language-option.js";

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

/** One slash command: its definition, what it requires, the services it uses, and its handlers. */
export interface Command<K extends ServiceName = ServiceName> {
  data: SharedSlashCommand;
  requires?: Requirements;
  /**
   * The command waits on the store or on Discord's REST, which can take longer than the three seconds
   * Discord gives a first answer: dispatch defers it at once — ephemerally, as every such answer is
   * the admin's alone — and the answer edits the deferral. A command that only looks things up in
   * memory answers at once instead.
   */
  mayWait?: boolean;
  /** The services its handlers are handed, and the only ones (none when left out). */
  uses?: readonly K[];
  execute(interaction: ChatInputCommandInteraction, services: Services<K>): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, services: Services<K>): Promise<void>;
}

/** A command, its services inferred from `uses`. */
export const command = <K extends ServiceName>(definition: Command<K>): Command<K> => definition;

/** Why an interaction may not run a command, or null when it may. */
export function unmetRequirement(
  requires: Requirements | undefined,
  interaction: BaseInteraction,
): LocalText | null {
  // In a server the bot is not in (the app installed by its user), the command has no server to act on.
  if (requires?.guildOnly && !interaction.inCachedGuild())
    return interaction.guildId ? localText("error.botNotInServer") : localText("error.guildOnly");
  const permission = requires?.permission;
  if (permission && !interaction.memberPermissions?.has(permission.flag)) return permission.refusal;
  return null;
}

/**
 * Declares the requirements to Discord with the command (hidden from others; servers only: installed
 * with a server, run in one — https://discord.com/developers/docs/interactions/application-commands#contexts).
 */
export function declareRequirements<
  T extends {
    setDefaultMemberPermissions(permissions: bigint | null): T;
    setContexts(...contexts: InteractionContextType[]): T;
    setIntegrationTypes(...types: ApplicationIntegrationType[]): T;
  },
>(builder: T, requires: Requirements): T {
  let declared = builder;
  if (requires.guildOnly)
    declared = declared
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
      .setContexts(InteractionContextType.Guild);
  if (requires.permission)
    declared = declared.setDefaultMemberPermissions(requires.permission.flag);
  return declared;
}

/**
 * A look-up's definition, named and described. It needs nothing of a server and answers through the
 * interaction alone, so a user may install it as well as a server, and run it anywhere: in servers,
 * the bot's DMs and private channels (DMs and group DMs between users)
 * (https://discord.com/developers/docs/interactions/application-commands#installation-context,
 * #interaction-contexts).
 */
export const lookUpCommand = (key: LabelKey): SlashCommandBuilder =>
  label(new SlashCommandBuilder(), key)
    .setIntegrationTypes(
      ApplicationIntegrationType.GuildInstall,
      ApplicationIntegrationType.UserInstall,
    )
    .setContexts(
      InteractionContextType.Guild,
      InteractionContextType.BotDM,
      InteractionContextType.PrivateChannel,
    );

type Handler<I, K extends ServiceName> = (interaction: I, services: Services<K>) => Promise<void>;

const inGuild = (
  interaction: ChatInputCommandInteraction,
): interaction is ChatInputCommandInteraction<"cached"> => interaction.inCachedGuild();

/** A subcommand, declared once: its name and description in the tables, its options, its handler. */
export interface Subcommand<I extends ChatInputCommandInteraction, K extends ServiceName> {
  key: LabelKey;
  options?: readonly { addTo(holder: OptionHolder): void }[];
  run: Handler<I, K>;
}

/** Declares the subcommands to Discord, in order, each with its options. */
export function withSubcommands(
  builder: SlashCommandBuilder,
  subcommands: readonly Pick<Subcommand<never, never>, "key" | "options">[],
): SlashCommandBuilder {
  for (const { key, options = [] } of subcommands)
    builder.addSubcommand((s) => withOptions(label(s, key), ...options));
  return builder;
}

/**
 * A subcommand after which the server's scheduled events follow what changed — in the background, and
 * even when the answer failed (the change was saved).
 */
export const refreshingEvents = <K extends ServiceName>(
  subcommand: Subcommand<ChatInputCommandInteraction<"cached">, K>,
): Subcommand<ChatInputCommandInteraction<"cached">, K | "refreshEvents"> => ({
  ...subcommand,
  async run(interaction, services) {
    try {
      await subcommand.run(interaction, services);
    } finally {
      services.refreshEvents(interaction.guildId);
    }
  },
});

/**
 * A command's `execute` that routes its subcommands by name; one it does not know is refused, as is
 * an interaction that `accepts` refuses (subcommands that need a server: `inGuild`).
 */
export function routeSubcommands<I extends ChatInputCommandInteraction, K extends ServiceName>(
  subcommands: readonly Subcommand<I, K>[],
  accepts: (interaction: ChatInputCommandInteraction) => interaction is I = (
    _: ChatInputCommandInteraction,
  ): _ is I => true,
): Command<K>["execute"] {
  const handlers: Record<string, Handler<I, K>> = Object.fromEntries(
    subcommands.map((s) => [nameOf(s.key), s.run]),
  );
  return async (interaction, services) => {
    const name = interaction.options.getSubcommand(true);
    const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
    if (!handler || !accepts(interaction))
      throw invalid(
        localText("error.unknownSubcommand", {
          value: name,
          accepted: Object.keys(handlers).join(", "),
        }),
      );
    return handler(interaction, services);
  };
}

/** For a server's admins: in a server, with Manage Server. */
export const SERVER_ADMINS: Requirements = {
  guildOnly: true,
  permission: { flag: PermissionFlagsBits.ManageGuild, refusal: localText("error.manageServer") },
};

/**
 * A command of a server's admins (`key` in the tables) made of subcommands, in the order given: it
 * waits on the store, so its answers are private.
 */
export function serverAdminCommand<K extends ServiceName>(
  key: LabelKey,
  subcommands: readonly Subcommand<ChatInputCommandInteraction<"cached">, K>[],
): Pick<Command<K>, "requires" | "mayWait" | "data" | "execute"> {
  return {
    requires: SERVER_ADMINS,
    mayWait: true,
    data: withSubcommands(
      declareRequirements(label(new SlashCommandBuilder(), key), SERVER_ADMINS),
      subcommands,
    ),
    execute: routeSubcommands(subcommands, inGuild),
  };
}

interface Asked {
  locale: string;
  guildLocale?: string | null;
  /** A command's options; a component's interaction has none. */
  options?: { getString(name: string): string | null };
}

/** The language a Discord locale reads best, if we write one: Turkish-locale users read Azerbaijani. */
function languageOfLocale(locale: string | null | undefined): Language | null {
  if (locale === "ru") return "ru";
  if (locale === "tr") return "az";
  if (locale?.startsWith("en-")) return "en";
  return null;
}

/**
 * The reply's language, never refusing: the `language` option when it is one of ours, else the user's
 * locale, else the server's, else English. For answers that cannot refuse (an error's, autocomplete).
 */
export function lenientReplyLanguage(interaction: Asked): Language {
  const chosen = interaction.options?.getString(LANGUAGE.name);
  if (isLanguage(chosen)) return chosen;
  return languageOfLocale(interaction.locale) ?? languageOfLocale(interaction.guildLocale) ?? "en";
}

/** The reply's language, as lenientReplyLanguage, but refusing a `language` option not one of ours. */
export function replyLanguage(interaction: Required<Asked>): Language {
  return LANGUAGE.read(interaction.options) ?? lenientReplyLanguage(interaction);
}
