import { time, TimestampStyles } from "discord.js";
import type { Subscription } from "../subscriptions/subscription-model.js";

const when = (iso: string) => time(new Date(iso), TimestampStyles.RelativeTime);

/** One subscription as admins read it: where, when, what, its status, next post and last result. */
export function describeSubscription(sub: Subscription): string {
  const what = [
    `${sub.postTime} ${sub.timeZone}`,
    sub.language,
    sub.kinds.length ? sub.kinds.join(", ") : "all kinds",
    ...(sub.roleId ? [`<@&${sub.roleId}>`] : []),
    ...(sub.remindDays
      ? [`reminder ${sub.remindDays} day${sub.remindDays === 1 ? "" : "s"} before`]
      : []),
  ].join(" · ");
  const next = sub.nextDueAt ? new Date(sub.nextDueAt) : null;
  const upcoming = next
    ? `next post ${time(next, TimestampStyles.LongDateTime)} (${time(next, TimestampStyles.RelativeTime)})`
    : "no upcoming day matches its kinds";
  const status =
    sub.status === "active"
      ? `active · ${upcoming}`
      : sub.status === "paused"
        ? `paused ${when(sub.statusSince)}`
        : `**broken** ${when(sub.statusSince)}: ${sub.brokenReason ?? "unknown reason"} — fix it, then /subscription resume`;
  const last = [
    sub.lastPostAt ? `last post ${when(sub.lastPostAt)}` : "no post yet",
    ...(sub.lastError ? [`last error: ${sub.lastError}`] : []),
  ].join(" · ");
  return `<#${sub.channelId}> · ${what}\n${status}\n${last}`;
}

/** A short label for autocomplete choices (plain text, at most 100 characters). */
export function subscriptionChoice(sub: Subscription, channelName: string | undefined): string {
  return `#${channelName ?? sub.channelId} · ${sub.postTime} ${sub.timeZone} · ${sub.language}${sub.status === "active" ? "" : ` · ${sub.status}`}`.slice(
    0,
    100,
  );
}
