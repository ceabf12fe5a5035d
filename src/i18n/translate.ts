import type { Language } from "../model/calendar-schema.js";
import { az } from "./az.js";
import { formatDate, LOCALES } from "./dates.js";
import { en } from "./en.js";
import { ordinal } from "./ordinal.js";
import { ru } from "./ru.js";
import type { Entry, MessageKey, Table } from "./string-table.js";

export const TABLES: Readonly<Record<Language, Table>> = { en, az, ru };

type Template<E> = E extends string ? E : E extends { other: infer O extends string } ? O : never;
type Names<S extends string> = S extends `${string}{${infer P}}${infer R}`
  ? (P extends `${infer N}, ${string}` ? N : P) | Names<R>
  : never;
type ParamNames<K extends MessageKey> =
  Names<Template<(typeof en)[K]>> | ((typeof en)[K] extends string ? never : "count");
/** A value put into a text; a list of texts is written in the same language, comma-separated. */
export type Value = string | number | readonly LocalText[];
export type Params<K extends MessageKey> = { [P in ParamNames<K>]: Value };
/** No argument for a text without placeholders; its values for one with. */
export type ParamArgs<K extends MessageKey> = [ParamNames<K>] extends [never] ? [] : [Params<K>];

/** A text not yet put into a language: what a check or an error carries until a reply picks one. */
export interface LocalText {
  key: MessageKey;
  params: Readonly<Record<string, Value>>;
}

export function localText<K extends MessageKey>(key: K, ...params: ParamArgs<K>): LocalText {
  return { key, params: params[0] ?? {} };
}

const PLACEHOLDER = /\{(\w+)(?:, (ordinal|date))?\}/g;

/** The names of an entry's placeholders; how a value is written ("{day, ordinal}") may differ by language. */
export function placeholders(entry: Entry): Set<string> {
  const texts = typeof entry === "string" ? [entry] : Object.values(entry);
  return new Set(texts.flatMap((t) => [...t.matchAll(PLACEHOLDER)].map((m) => m[1]!)));
}

const pluralRules = new Map(
  (Object.keys(LOCALES) as Language[]).map((lang) => [lang, new Intl.PluralRules(LOCALES[lang])]),
);

function render(lang: Language, text: LocalText): string {
  const entry = TABLES[lang][text.key];
  const template =
    typeof entry === "string"
      ? entry
      : (entry[pluralRules.get(lang)!.select(Number(text.params.count))] ?? entry.other);
  return template.replace(PLACEHOLDER, (_, name: string, style?: string) => {
    const value = text.params[name];
    if (value === undefined) throw new Error(`"${text.key}" needs a value for {${name}}`);
    if (typeof value === "object") return value.map((part) => render(lang, part)).join(", ");
    if (style === "ordinal") return ordinal(Number(value), lang);
    if (style === "date") return formatDate(String(value), lang);
    return String(value);
  });
}

/** A text of the tables in a language, with its values put in. */
export function translate<K extends MessageKey>(
  lang: Language,
  key: K,
  ...params: ParamArgs<K>
): string {
  return render(lang, localText(key, ...params));
}

/** A text carried until now (an error, a check's answer) in the language of the reply. */
export const inLanguage = (lang: Language, text: LocalText): string => render(lang, text);

export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

/** `t(key, values)` for one language. */
export const translator =
  (lang: Language): Translate =>
  (key, ...params) =>
    translate(lang, key, ...params);
