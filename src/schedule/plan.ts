import type { DateTime } from "luxon";
import type { Calendar } from "../model/calendar-schema.js";
import { addDays } from "../time/local-date.js";
import { type IsoDate } from "../model/iso-date.js";
import { composePost, postKinds, type Post } from "./compose.js";
import { isStale, nextDue, type Due } from "./due.js";
import { type Schedule } from "../model/subscription-model.js";
import { startOfLocalDay } from "../time/local-date.js";

export type Plan =
  /** Send these posts of `date` (those not sent yet; the outbox decides). */
  | { action: "send"; date: IsoDate; posts: Post[] }
  /** Too late for `date`: drop it. `next` is the post after it, which may be due (or stale) too. */
  | { action: "drop"; date: IsoDate; next: Due | null };

/** What to do with a subscription whose post for `date` is due at `now`: a pure function of its inputs. */
export function planFor(
  calendar: Calendar,
  sub: Schedule,
  date: IsoDate,
  now: DateTime,
  catchUpHours: number,
): Plan {
  if (isStale(sub, date, now, catchUpHours))
    return {
      action: "drop",
      date,
      next: nextDue(calendar, sub, startOfLocalDay(addDays(date, 1), sub.timeZone)),
    };
  const posts = postKinds(sub)
    .map((kind) => composePost(calendar, sub, date, kind))
    .filter((p): p is Post => p !== null);
  return { action: "send", date, posts };
}
