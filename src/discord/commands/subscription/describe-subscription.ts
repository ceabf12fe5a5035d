import { time, TimestampStyles } from "discord.js";
import type { Language } from "../../../model/calendar-schema.js";
import { translator } from "../../../i18n/translate.js";
import { weekdayName } from "../../../i18n/dates.js";
import type { Subscription } from "../../../model/subscription-model.js";
import { THREAD_CHOICES, type ThreadChoice } from "./subscription-options.js";

const threadPeriod = (minutes: number) =>
  `thread.${(Object.keys(THREAD_CHOICES) as ThreadChoice[]).find((c) => THREAD_CHOICES[c] === minutes)!}` as const;

const when = (iso: string) => time(new Date(iso), TimestampStyles.RelativeTime);

/** One subscription as admins read it: where, when, what, its status, next post and last result. */
export function describeSubscription(sub: Subscription, lang: Language): string {
  const t = translator(lang);
  const what = [
    `${sub.postTime} ${sub.timeZone}`,
    sub.language,
    sub.kinds.length ? sub.kinds.join(", ") : t("admin.allKinds"),
    ...(sub.roleId ? [`<@&${sub.roleId}>`] : []),
    ...(sub.remindDays ? [t("admin.reminder", { count: sub.remindDays })] : []),
    ...(sub.events ? [t("admin.events")] : []),
    ...(sub.live ? [t(sub.pin ? "admin.livePinned" : "admin.live")] : []),
    ...(sub.threadArchive
      ? [t("admin.thread", { period: t(threadPeriod(sub.threadArchive)) })]
      : []),
    ...(sub.weekday === null
      ? []
      : [t("admin.weekly", { weekday: weekdayName(sub.weekday, lang) })]),
  ].join(" · ");
  const next = sub.nextDueAt ? new Date(sub.nextDueAt) : null;
  const upcoming = next
    ? t("admin.nextPost", {
        at: time(next, TimestampStyles.LongDateTime),
        relative: time(next, TimestampStyles.RelativeTime),
      })
    : t("admin.noUpcoming");
  const status =
    sub.status === "active"
      ? t("admin.active", { upcoming })
      : sub.status === "paused"
        ? t("admin.paused.since", { since: when(sub.statusSince) })
        : t("admin.broken.since", {
            since: when(sub.statusSince),
            reason: sub.brokenReason ?? t("admin.unknownReason"),
          });
  const last = [
    sub.lastPostAt ? t("admin.lastPost", { when: when(sub.lastPostAt) }) : t("admin.noPostYet"),
    ...(sub.lastError ? [t("admin.lastError", { error: sub.lastError })] : []),
  ].join(" · ");
  const intro = sub.intro ? `\n${t("admin.intro", { intro: sub.intro })}` : "";
  return `<#${sub.channelId}> · ${what}${intro}\n${status}\n${last}`;
}

/** A short label for autocomplete choices (plain text, at most 100 characters). */
export function subscriptionChoice(
  sub: Subscription,
  channelName: string | undefined,
  lang: Language,
): string {
  const status =
    sub.status === "active" ? "" : ` · ${translator(lang)(`admin.status.${sub.status}`)}`;
  return `#${channelName ?? sub.channelId} · ${sub.postTime} ${sub.timeZone} · ${sub.language}${status}`.slice(
    0,
    100,
  );
}
