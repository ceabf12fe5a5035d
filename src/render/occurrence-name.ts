import { isObserved, type Language } from "../model/calendar-schema.js";
import type { Occurrence } from "../calendar/occurrences.js";
import { ordinal } from "../i18n/ordinal.js";
import { translate } from "../i18n/translate.js";

/**
 * An anniversary's name with its count put where the language puts it, so that "anniversary" is
 * said once: "33rd anniversary of the occupation of Kalbajar", "Kəlbəcərin işğalının 33-cü
 * ildönümü", "33-я годовщина оккупации Кяльбаджара". The names of these kinds are written for it
 * (en "Anniversary of …", az "… ildönümü", ru "Годовщина …"; tests/calendar/content.test.ts).
 */
export function countedAnniversary(name: string, count: number, lang: Language): string {
  const nth = ordinal(count, lang);
  if (lang === "az") return name.replace(/ildönümü$/, `${nth} ildönümü`);
  return `${nth} ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

/**
 * The name of an occurrence with its anniversary, the same on every surface (posts, lists, the
 * feed, scheduled events): an anniversary of an event counts its years in its name, an official day
 * adds "— 5th anniversary" after its name.
 */
export function occurrenceName(o: Occurrence, lang: Language): string {
  const name = o.names[lang];
  if (!o.anniversary) return name;
  if (!isObserved(o.observance)) return countedAnniversary(name, o.anniversary, lang);
  return `${name} — ${translate(lang, "post.anniversary", { count: o.anniversary })}`;
}
