import type { en } from "./en.js";

/** A text chosen by the plural category of `count` (Intl.PluralRules of the language). */
export type Plural = { readonly [C in Intl.LDMLPluralRule]?: string } & { readonly other: string };
export type Entry = string | Plural;
export type MessageKey = keyof typeof en;
export type Table = Readonly<Record<MessageKey, Entry>>;
