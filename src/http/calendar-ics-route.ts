import { setImmediate as nextTurn } from "node:timers/promises";
import { LRUCache } from "lru-cache";
import { isLanguage, KINDS, LANGUAGES, type Language } from "../model/calendar-schema.js";
import type { Calendar } from "../model/calendar-schema.js";
import type { Clock } from "../clock/clock.js";
import type { Monotonic } from "../clock/monotonic.js";
import {
  assembleFeed,
  feedEvents,
  feedFrame,
  type FeedEvent,
  type FeedFrame,
} from "../feeds/calendar-feed.js";
import { inLanguage, localText } from "../i18n/translate.js";
import { checkKinds } from "../subscriptions/validate.js";
import { localDate } from "../time/local-date.js";
import type { HttpAnswer, Route } from "./listener.js";
import { refreshingCache } from "./refreshing-cache.js";

const refusal = (lang: Language, body: ReturnType<typeof localText>): HttpAnswer => ({
  status: 400,
  type: "text/plain; charset=utf-8",
  body: `${inLanguage(lang, body)}\n`,
});

/** A language's feed of every kind, as parts: the feed of some kinds is assembled from them. */
interface LanguageFeed {
  frame: FeedFrame;
  events: FeedEvent[];
}

/** How long a language's feed is served before it is made again (it moves with the date). */
const FEED_TTL_MS = 60_000;
/** Every language with every set of kinds: 3 × 63 keys. Bounded all the same. */
const ANSWERS_KEPT = 256;

/**
 * `/calendar.ics?lang=az&kinds=city-day,public-holiday`: the feed calendar apps subscribe to. Each
 * language's feed is made at most once a minute, in the background after the first, and in slices
 * (the event loop answers interactions and heartbeats between two events); the feed of some kinds is
 * then assembled from it and kept per language and set of kinds, whatever order they were typed in.
 */
export function calendarIcsRoute(o: {
  calendar: Calendar;
  clock: Clock;
  monotonic: Monotonic;
  zone: string;
}): Route {
  const feeds = refreshingCache<LanguageFeed>({
    ttlMs: FEED_TTL_MS,
    max: LANGUAGES.length,
    clock: o.monotonic,
    make: async (lang) => {
      const now = o.clock.now();
      const options = {
        lang: lang as Language,
        kinds: [],
        from: localDate(now, o.zone),
        now,
      };
      const events: FeedEvent[] = [];
      for (const event of feedEvents(o.calendar, options)) {
        events.push(event);
        await nextTurn();
      }
      return { frame: feedFrame(options.lang, now), events };
    },
  });
  const answers = new LRUCache<string, { feed: LanguageFeed; answer: HttpAnswer }>({
    max: ANSWERS_KEPT,
  });
  return async (url) => {
    const lang = url.searchParams.get("lang") ?? "en";
    if (!isLanguage(lang)) return refusal("en", localText("feed.badLanguage"));
    const checked = checkKinds(url.searchParams.get("kinds") ?? "all");
    if (!checked.ok)
      return refusal(lang, localText("feed.badKinds", { accepted: KINDS.join(", ") }));
    // In the order of KINDS, each once; every kind is the same feed as none named ("all").
    const named = KINDS.filter((kind) => checked.value.includes(kind));
    const kinds = named.length === KINDS.length ? [] : named;
    const key = `${lang}/${kinds.join(",")}`;
    const feed = await feeds(lang);
    const kept = answers.get(key);
    if (kept?.feed === feed) return kept.answer;
    const answer: HttpAnswer = {
      status: 200,
      type: "text/calendar; charset=utf-8",
      body: Buffer.from(assembleFeed(feed.frame, feed.events, kinds).ics),
      headers: {
        "content-disposition": `inline; filename="yaddash-${lang}.ics"`,
        "cache-control": "public, max-age=3600",
      },
    };
    answers.set(key, { feed, answer });
    return answer;
  };
}
