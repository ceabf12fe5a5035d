import { dayStatus, nextBreaks, type Break, type DayStatus } from "../calendar/days-off.js";
import type { Calendar } from "../model/calendar-schema.js";
import {
  nextOccurrenceOf,
  nextOccurrences,
  occurrencesOn,
  type NextOptions,
  type Occurrence,
} from "../calendar/occurrences.js";
import type { Observance, Source } from "../model/calendar-schema.js";
import type { SearchIndex, SearchResult } from "../calendar/search-index.js";
import type { IsoDate } from "../model/iso-date.js";

/**
 * What members look up, the same for Discord and the CLI: each answer as data, for the adapter to
 * draw in its own way.
 */
export interface LookUps {
  /** A date's occurrences, whether it is a working day, and (when it has none) what comes next. */
  day(date: IsoDate): {
    date: IsoDate;
    occurrences: Occurrence[];
    status: DayStatus;
    next: Occurrence | null;
  };
  next(from: IsoDate, options: NextOptions): Occurrence[];
  /** One observance by its exact id, or else by the best match of its names; null when none matches. */
  event(
    query: string,
    from: IsoDate,
  ): { observance: Observance; next: Occurrence | null; sources: Source[] } | null;
  /** The best matches, each with its next occurrence. */
  search(
    query: string,
    from: IsoDate,
    limit: number,
  ): (SearchResult & { next: Occurrence | null })[];
  dayOff(from: IsoDate, count: number): Break[];
}

export function lookUps(calendar: Calendar, index: SearchIndex): LookUps {
  return {
    day(date) {
      const occurrences = occurrencesOn(calendar, date);
      const next = occurrences.length
        ? null
        : (nextOccurrences(calendar, date, { count: 1 })[0] ?? null);
      return { date, occurrences, status: dayStatus(calendar, date), next };
    },
    next: (from, options) => nextOccurrences(calendar, from, options),
    event(query, from) {
      const observance =
        calendar.observances.find((o) => o.id === query.trim()) ??
        index.search(query, 1)[0]?.observance;
      if (!observance) return null;
      return {
        observance,
        next: nextOccurrenceOf(calendar, observance, from),
        sources: observance.sources.map((id) => calendar.sources.get(id)!),
      };
    },
    search: (query, from, limit) =>
      index
        .search(query, limit)
        .map((r) => ({ ...r, next: nextOccurrenceOf(calendar, r.observance, from) })),
    dayOff: (from, count) => nextBreaks(calendar, from, count),
  };
}
