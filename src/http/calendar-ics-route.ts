import { isLanguage, type Language } from "../calendar/calendar-schema.js";
import type { Calendar } from "../calendar/load.js";
import type { Clock } from "../clock/clock.js";
import { calendarFeed } from "../feeds/calendar-feed.js";
import { inLanguage, localText } from "../i18n/translate.js";
import { checkKinds } from "../subscriptions/validate.js";
import { localDate } from "../time/local-date.js";
import type { HttpAnswer, Route } from "./listener.js";
import { shortCache } from "./short-cache.js";

const refusal = (lang: Language, body: ReturnType<typeof localText>): HttpAnswer => ({
  status: 400,
  type: "text/plain; charset=utf-8",
  body: `${inLanguage(lang, body)}\n`,
});

/**
 * `/calendar.ics?lang=az&kinds=city-day,public-holiday`: the feed calendar apps subscribe to. Each
 * request is made afresh from the calendar and the clock, so a subscriber gets corrections.
 */
export function calendarIcsRoute(o: { calendar: Calendar; clock: Clock; zone: string }): Route {
  const cached = shortCache<HttpAnswer>(o.clock, 60_000);
  return async (url) => {
    const asked = url.searchParams.get("lang") ?? "en";
    if (!isLanguage(asked))
      return refusal("en", localText("error.unknownLanguage", { value: asked }));
    const lang = asked;
    const kinds = checkKinds(url.searchParams.get("kinds") ?? "all");
    if (!kinds.ok) return refusal(lang, kinds.error);
    return cached(`${lang}/${kinds.value.join(",")}`, async () => {
      const now = o.clock.now();
      const { ics } = calendarFeed(o.calendar, {
        lang,
        kinds: kinds.value,
        from: localDate(now, o.zone),
        now,
      });
      return {
        status: 200,
        type: "text/calendar; charset=utf-8",
        body: ics,
        headers: {
          "content-disposition": `inline; filename="yaddash-${lang}.ics"`,
          "cache-control": "public, max-age=3600",
        },
      };
    });
  };
}
