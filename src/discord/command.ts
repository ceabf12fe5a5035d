import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  SharedSlashCommand,
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

/** One slash command: its definition and its handlers. */
export interface Command {
  data: SharedSlashCommand;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
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
