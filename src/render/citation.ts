import type { Language, Source } from "../calendar/calendar-schema.js";
import { translate } from "../i18n/translate.js";

/** "Title — Author, Publisher, date": a full citation; `link` turns the title into a link to its URL. */
export function fullCitation(
  s: Source,
  lang: Language,
  link: (title: string, url: string) => string,
): string {
  const by = [s.author, s.publisher].filter(Boolean).join(", ");
  return `${s.url ? link(s.title, s.url) : s.title}${by ? ` — ${by}` : ""}, ${s.date ?? translate(lang, "post.undated")}`;
}
