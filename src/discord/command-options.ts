import type {
  ApplicationCommandOptionAllowedChannelTypes,
  Role,
  SlashCommandBooleanOption,
  SlashCommandChannelOption,
  SlashCommandIntegerOption,
  SlashCommandRoleOption,
  SlashCommandStringOption,
} from "discord.js";
import { inLanguage } from "../i18n/translate.js";
import { label, type LabelKey } from "./command-label.js";

type Configure<B> = (option: B) => B;

/** What options are added to: a command, or one of its subcommands. */
export interface OptionHolder {
  addStringOption(input: Configure<SlashCommandStringOption>): unknown;
  addIntegerOption(input: Configure<SlashCommandIntegerOption>): unknown;
  addBooleanOption(input: Configure<SlashCommandBooleanOption>): unknown;
  addChannelOption(input: Configure<SlashCommandChannelOption>): unknown;
  addRoleOption(input: Configure<SlashCommandRoleOption>): unknown;
}

/** The values of an interaction's options, as discord.js reads them (by the name Discord sends). */
export interface OptionValues {
  getString(name: string): string | null;
  getInteger(name: string): number | null;
  getBoolean(name: string): boolean | null;
  getChannel(name: string): { id: string } | null;
  getRole(name: string): Role | null;
}

/**
 * One option, declared once: its name, description and localizations from the tables (`key`), how
 * Discord shows it (`configure`), and the reading of its value, null when not given.
 */
export interface OptionSpec<T, V = OptionValues> {
  /** The name Discord sends: the English one of the tables. */
  readonly name: string;
  addTo(holder: OptionHolder): void;
  read(options: V): T | null;
}

/** The name of a command, subcommand or option: the English one of the tables. */
export const nameOf = (key: LabelKey): string =>
  inLanguage("en", { key: `${key}.name`, params: {} });

export const stringOption = (
  key: LabelKey,
  configure: Configure<SlashCommandStringOption> = (o) => o,
): OptionSpec<string, Pick<OptionValues, "getString">> => {
  const name = nameOf(key);
  return {
    name,
    addTo: (holder) => holder.addStringOption((o) => configure(label(o, key))),
    read: (options) => options.getString(name),
  };
};

export const integerOption = (
  key: LabelKey,
  configure: Configure<SlashCommandIntegerOption> = (o) => o,
): OptionSpec<number, Pick<OptionValues, "getInteger">> => {
  const name = nameOf(key);
  return {
    name,
    addTo: (holder) => holder.addIntegerOption((o) => configure(label(o, key))),
    read: (options) => options.getInteger(name),
  };
};

export const booleanOption = (
  key: LabelKey,
  configure: Configure<SlashCommandBooleanOption> = (o) => o,
): OptionSpec<boolean, Pick<OptionValues, "getBoolean">> => {
  const name = nameOf(key);
  return {
    name,
    addTo: (holder) => holder.addBooleanOption((o) => configure(label(o, key))),
    read: (options) => options.getBoolean(name),
  };
};

export const channelOption = (
  key: LabelKey,
  types: readonly ApplicationCommandOptionAllowedChannelTypes[],
  configure: Configure<SlashCommandChannelOption> = (o) => o,
): OptionSpec<{ id: string }, Pick<OptionValues, "getChannel">> => {
  const name = nameOf(key);
  return {
    name,
    addTo: (holder) =>
      holder.addChannelOption((o) => configure(label(o, key).addChannelTypes(...types))),
    read: (options) => options.getChannel(name),
  };
};

export const roleOption = (key: LabelKey): OptionSpec<Role, Pick<OptionValues, "getRole">> => {
  const name = nameOf(key);
  return {
    name,
    addTo: (holder) => holder.addRoleOption((o) => label(o, key)),
    read: (options) => options.getRole(name),
  };
};

/** Adds options to a command or subcommand, in order. */
export function withOptions<H extends OptionHolder>(
  holder: H,
  ...options: readonly { addTo(holder: OptionHolder): void }[]
): H {
  for (const option of options) option.addTo(holder);
  return holder;
}

/** A required option's value: Discord always sends one. */
export function requiredValue<T, V>(option: OptionSpec<T, V>, options: V): T {
  const value = option.read(options);
  if (value === null) throw new Error(`the required option "${option.name}" is missing`);
  return value;
}

/** The values of a set of options, each null when not given. */
export type ValuesOf<S> = {
  [K in keyof S]: S[K] extends OptionSpec<infer T, never> ? T | null : never;
};

/** Reads a set of options at once, typed by their specs. */
export function readOptions<S extends Record<string, OptionSpec<unknown, never>>>(
  specs: S,
  options: OptionValues,
): ValuesOf<S> {
  return Object.fromEntries(
    Object.entries(specs).map(([field, spec]) => [field, spec.read(options as never)]),
  ) as ValuesOf<S>;
}
