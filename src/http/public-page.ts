import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import {
  isLanguage,
  isObserved,
  LANGUAGES,
  TONES,
  type Language,
} from "../model/calendar-schema.js";
import type { Occurrence } from "../calendar/occurrences.js";
import type { Calendar } from "../model/calendar-schema.js";
import type { Clock } from "../clock/clock.js";
import type { Monotonic } from "../clock/monotonic.js";
import { translator } from "../i18n/translate.js";
import type { LookUps } from "../lookup/look-ups.js";
import type { Health } from "../observability/health.js";
import { citedSources, fullCitation } from "../render/citation.js";
import { renderOccurrence, TONE_COLOURS } from "../render/observance.js";
import { localDate } from "../time/local-date.js";
import type { HttpAnswer, Route } from "./listener.js";
import { refreshingCache } from "./refreshing-cache.js";
import { contentSecurityPolicy } from "./security-headers.js";

const DAYS_SHOWN = 10;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The language asked for with ?lang, else the reader's first of ours in Accept-Language, else English. */
function pageLanguage(url: URL, headers: IncomingHttpHeaders): Language {
  const asked = url.searchParams.get("lang");
  if (isLanguage(asked)) return asked;
  const accepted = (headers["accept-language"] ?? "")
    .split(",")
    .map((part) => part.trim().split(";")[0]!.slice(0, 2).toLowerCase());
  return accepted.find(isLanguage) ?? "en";
}

const STYLE = `
${TONES.map((tone) => `.tone-${tone}{--tone:#${TONE_COLOURS[tone].toString(16).padStart(6, "0")}}`).join("\n")}
body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem}
header{border-bottom:4px solid #0092bc}
h1{font-size:1.6rem;margin:.2rem 0}
nav ul{list-style:none;padding:0;display:flex;gap:1rem}
a{color:#00587a}
a:focus-visible{outline:3px solid #00af66;outline-offset:2px}
article{border-left:6px solid var(--tone);padding:.2rem 1rem;margin:1.5rem 0}
article h3{margin:.2rem 0;font-size:1.2rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dt{font-weight:600}
dd{margin:0}
.status{padding:.5rem 1rem;border-radius:.3rem;background:#eef6ea}
.status.failing{background:#fbeaea}
`;

// The one style sheet, allowed by its hash: no inline style attribute, no script, nothing else.
const CSP = contentSecurityPolicy({
  "style-src": `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`,
});

/**
 * `/`: a small public page — the next days in the reader's language, each with its summary and
 * sources, a link to the feed, and the bot's health. Server-rendered HTML, no script. Made at most
 * once a minute per language (of the monotonic clock), in the background after the first.
 */
export function publicPageRoute(o: {
  calendar: Calendar;
  lookUps: LookUps;
  clock: Clock;
  monotonic: Monotonic;
  zone: string;
  health(): Health;
}): Route {
  const pages = refreshingCache<HttpAnswer>({
    ttlMs: 60_000,
    max: LANGUAGES.length,
    clock: o.monotonic,
    make: async (lang) => page(lang as Language),
  });
  return (url, headers) => pages(pageLanguage(url, headers));

  function page(lang: Language): HttpAnswer {
    const t = translator(lang);
    const health = o.health();
    const today = localDate(o.clock.now(), o.zone);
    const article = (occurrence: Occurrence) => {
      const m = renderOccurrence(o.calendar, occurrence, lang);
      const fields = m.fields
        .map(
          (f) => `<dt>${escape(f.name)}</dt><dd>${escape(f.value).replaceAll("\n", "<br>")}</dd>`,
        )
        .join("");
      const sources = citedSources(occurrence).map((id) => {
        const source = o.calendar.sources.get(id)!;
        const link = (title: string, href: string) => `<a href="${href}">${title}</a>`;
        return `<li>${fullCitation(source, lang, link, escape)}</li>`;
      });
      return `<article class="tone-${occurrence.observance.tone}">
<h3>${escape(m.title)}</h3>
<p>${escape(m.description)}</p>
<dl>${fields}</dl>
<h4>${escape(t("post.sources"))}</h4>
<ol>${sources.join("")}</ol>
</article>`;
    };
    // The days the state established, then the anniversaries of events, each under its own heading.
    const next = o.lookUps.next(today, { count: DAYS_SHOWN });
    const others = next.filter((x) => !isObserved(x.observance));
    const days = [
      ...next.filter((x) => isObserved(x.observance)).map(article),
      ...(others.length
        ? [`<h2>${escape(t("section.unofficial"))}</h2>`, ...others.map(article)]
        : []),
    ];
    const status = health.ok
      ? t("page.statusOk")
      : t("page.statusFailing", {
          parts: health.failing.map((part) => t(`page.part.${part}`)).join(", "),
        });
    const languages = LANGUAGES.map(
      (l) =>
        `<li><a href="?lang=${l}" hreflang="${l}" lang="${l}"${l === lang ? ' aria-current="page"' : ""}>${escape(translator(l)("page.languageName"))}</a></li>`,
    ).join("");
    const body = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t("page.title"))}</title>
<link rel="alternate" type="text/calendar" href="calendar.ics?lang=${lang}">
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escape(t("page.title"))}</h1>
<p>${escape(t("about.summary"))}</p>
<nav aria-label="${escape(t("page.languages"))}"><ul>${languages}</ul></nav>
</header>
<main>
<p><a href="calendar.ics?lang=${lang}">${escape(t("page.feed"))}</a></p>
<h2>${escape(t("page.upcoming"))}</h2>
${days.join("\n")}
</main>
<footer>
<p class="status${health.ok ? "" : " failing"}" role="status">${escape(t("page.status"))}: ${escape(status)}</p>
</footer>
</body>
</html>
`;
    return {
      status: 200,
      type: "text/html; charset=utf-8",
      body: Buffer.from(body),
      headers: {
        "content-language": lang,
        vary: "Accept-Language",
        "content-security-policy": CSP,
      },
    };
  }
}
