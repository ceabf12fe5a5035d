import type { Language, Source } from "../model/calendar-schema.js";
import { translate } from "../i18n/translate.js";
import type { Occurrence } from "../calendar/occurrences.js";

/**
 * A source as a reader of `lang` sees it: the page's own title in the page's language, or, where the
 * page has none, the calendar's description of it in the reader's language; a publisher's words in
 * the reader's language (a brand as written).
 */
export function citationParts(
  s: Source,
  lang: Language,
): { title: string; by: string; date: string; url: string | undefined } {
  const publisher = typeof s.publisher === "object" ? s.publisher[lang] : s.publisher;
  return {
    title: s.title ?? s.description![lang],
    by: [s.author, publisher].filter(Boolean).join(", "),
    date: s.date ?? translate(lang, "post.undated"),
    url: s.url,
  };
}

/**
 * "Title — Author, Publisher, date": a full citation; `link` turns the title into a link to its URL,
 * `escape` makes each text safe for where it goes (HTML).
 */
export function fullCitation(
  s: Source,
  lang: Language,
  link: (title: string, url: string) => string,
  escape: (text: string) => string = (text) => text,
): string {
  const { title, by, date, url } = citationParts(s, lang);
  const head = url ? link(escape(title), escape(url)) : escape(title);
  return `${head}${by ? ` — ${escape(by)}` : ""}, ${escape(date)}`;
}

/** "Title — Publisher, date", without the author and the link: a post's footer. */
export function shortCitation(s: Source, lang: Language): string {
  const { title, date } = citationParts(s, lang);
  const publisher = typeof s.publisher === "object" ? s.publisher[lang] : s.publisher;
  return `${title}${publisher ? ` — ${publisher}` : ""}, ${date}`;
}

/**
 * The sources an occurrence cites: its entry's, and for a movable day whose date was announced, the
 * decision that announced that year's date (an expected date cites the rule alone, never another
 * year's decision).
 */
export function citedSources(o: Occurrence): string[] {
  const date = o.observance.date;
  const announced = "hijri" in date ? date.announced.find((a) => a.start === o.start) : undefined;
  const ids = [...o.observance.sources];
  if (!o.expected && announced && !ids.includes(announced.source)) ids.push(announced.source);
  return ids;
}
