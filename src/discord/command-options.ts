import type {
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

/** What each kind of option is built with, and what its value is. */
interface OptionKinds {
  String: [SlashCommandStringOption, string];
  Integer: [SlashCommandIntegerOption, number];
  Boolean: [SlashCommandBooleanOption, boolean];
  Channel: [SlashCommandChannelOption, { id: string }];
  Role: [SlashCommandRoleOption, Role];
}

/** A kind of option: added by discord.js's `add<Kind>Option`, read by its `get<Kind>`. */
const optionKind =
  <N extends keyof OptionKinds>(kind: N) =>
  (
    key: LabelKey,
    configure: Configure<OptionKinds[N][0]> = (o) => o,
  ): OptionSpec<OptionKinds[N][1], Pick<OptionValues, `get${N}`>> => {
    const name = nameOf(key);
    return {
      name,
      addTo: (holder) =>
        void (holder[`add${kind}Option`] as (build: Configure<OptionKinds[N][0]>) => unknown).call(
          holder,
          (o) => configure(label(o, key)),
        ),
      read: (options) =>
        (options[`get${kind}`] as (name: string) => OptionKinds[N][1] | null).call(options, name),
    };
  };

export const stringOption = optionKind("String");
export const integerOption = optionKind("Integer");
export const booleanOption = optionKind("Boolean");
export const channelOption = optionKind("Channel");
export const roleOption = optionKind("Role");

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
type ValuesOf<S> = {
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
