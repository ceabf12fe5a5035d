import type { Calendar } from "../model/calendar-schema.js";
import { editDistance, phoneticKey } from "./normalize.js";
import { KINDS, type Observance } from "../model/calendar-schema.js";
import { snapshotOf } from "./live-calendar.js";

export interface SearchResult {
  observance: Observance;
  /** 0..1, higher is better. */
  score: number;
  /** The name or alias that matched best, as written in the data. */
  matched: string;
}

interface Entry {
  observance: Observance;
  label: string;
  key: string;
  tokens: string[];
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
}

/** Scores one query token against one name token: exact, prefix, or within one typo. */
function tokenScore(query: string, token: string): number {
  if (token === query) return 1;
  if (token.startsWith(query)) return 0.9;
  if (query.length >= 4) {
    if (editDistance(query, token, 1) <= 1) return 0.75;
    if (token.length > query.length && editDistance(query, token.slice(0, query.length), 1) <= 1)
      return 0.65;
  }
  return 0;
}

function entryScore(queryKey: string, queryTokens: string[], entry: Entry): number {
  if (entry.key === queryKey) return 1;
  if (entry.key.startsWith(queryKey)) return 0.95;
  let total = 0;
  for (const q of queryTokens) {
    const best = Math.max(0, ...entry.tokens.map((t) => tokenScore(q, t)));
    if (best === 0) return entry.key.includes(queryKey) ? 0.6 : 0;
    total += best;
  }
  // Covering more of the name ranks higher: "victory day" beats "victory" against "Victory Day".
  const coverage = queryTokens.length / entry.tokens.length;
  return (total / queryTokens.length) * (0.8 + 0.1 * Math.min(1, coverage));
}

function entriesOf(calendar: Calendar): Entry[] {
  return calendar.observances.flatMap((observance) =>
    [
      observance.id.replace(/-/g, " "),
      ...Object.values(observance.names),
      ...observance.aliases,
    ].map((label) => {
      const key = phoneticKey(label);
      return { observance, label, key, tokens: key.split(" ") };
    }),
  );
}

/** An index of the calendar's names; a reloaded calendar (a live view's new data) is indexed anew. */
export function createSearchIndex(calendar: Calendar): SearchIndex {
  let indexed = snapshotOf(calendar);
  let entries = entriesOf(indexed);
  return {
    search(query, limit = 10) {
      if (snapshotOf(calendar) !== indexed) entries = entriesOf((indexed = snapshotOf(calendar)));
      const queryKey = phoneticKey(query);
      if (!queryKey) return [];
      const queryTokens = queryKey.split(" ");
      const best = new Map<string, SearchResult>();
      for (const entry of entries) {
        const score = entryScore(queryKey, queryTokens, entry);
        const id = entry.observance.id;
        if (score > 0 && score > (best.get(id)?.score ?? 0)) {
          best.set(id, {
            observance: entry.observance,
            score: Math.round(score * 1000) / 1000,
            matched: entry.label,
          });
        }
      }
      // Equal scores: official days before plain anniversaries ("kelbe" finds Kalbajar City Day
      // first), then the shorter name, which the query covers more of ("victory": Victory Day).
      const rank = (r: SearchResult) => KINDS.indexOf(r.observance.kind);
      return [...best.values()]
        .sort(
          (a, b) => b.score - a.score || rank(a) - rank(b) || a.matched.length - b.matched.length,
        )
        .slice(0, limit);
    },
  };
}
