import type { Kind, Language } from "../model/calendar-schema.js";
import type { Post } from "../schedule/compose.js";
import { formatDate } from "../i18n/dates.js";
import { translate } from "../i18n/translate.js";
import { addDays } from "../time/local-date.js";
import { WEEK_DAYS } from "../schedule/compose.js";
import { occurrenceName } from "./occurrence-name.js";

/**
 * Discord's limits: a thread's name 1–100 characters, a forum tag's 0–20, at most 5 tags on a post
 * (https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel,
 * https://discord.com/developers/docs/resources/channel#forum-tag-object).
 */
export const THREAD_NAME_MAX = 100;
export const TAG_NAME_MAX = 20;
export const TAGS_PER_POST = 5;

const fit = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/**
 * A post's thread (or forum post) named after its day: the observances' names in the language, a
 * reminder's "In 3 days" before them, a weekly digest's dates; within Discord's 100 characters.
 */
export function threadName(post: Post, lang: Language): string {
  if (post.kind === "week")
    return fit(
      translate(lang, "week.title", {
        from: formatDate(post.date, lang),
        to: formatDate(addDays(post.date, WEEK_DAYS - 1), lang),
      }),
      THREAD_NAME_MAX,
    );
  const names = post.occurrences.map((o) => occurrenceName(o, lang)).join(" · ");
  const day = names || formatDate(post.observedOn, lang);
  const text =
    post.kind === "reminder"
      ? `${translate(lang, "post.inDays", { count: post.daysAhead })}: ${day}`
      : day;
  return fit(text, THREAD_NAME_MAX);
}

/** The kinds of a post's days, in order, as many as a forum post may carry as tags. */
export function postKinds(post: Post): Kind[] {
  return [...new Set(post.occurrences.map((o) => o.observance.kind))].slice(0, TAGS_PER_POST);
}

/** A kind's forum tag, in the language (tables hold names of at most 20 characters; tested). */
export const tagName = (kind: Kind, lang: Language): string =>
  fit(translate(lang, `tag.${kind}`), TAG_NAME_MAX);
