import { randomBytes } from "node:crypto";
import type { Clock } from "../clock/clock.js";
import type { Kind, Language } from "../model/calendar-schema.js";
import { expired } from "./component.js";

/** A subscription `/setup` is putting together, not yet saved. */
export interface SetupDraft {
  guildId: string;
  channelId: string | null;
  roleId: string | null;
  kinds: Kind[];
  postTime: string;
  timeZone: string;
  language: Language;
  /** 1: where (channel, role, kinds); 2: when and in which language. */
  step: 1 | 2;
}

/**
 * A set-up lasts as long as Discord lets its private answer be edited (an interaction's token lasts
 * 15 minutes: https://discord.com/developers/docs/interactions/receiving-and-responding#followup-messages).
 */
const DRAFT_MS = 15 * 60_000;

/**
 * The set-ups under way, in this process's memory, each for 15 minutes on the clock: a restart or
 * the quarter of an hour ends them, and their buttons then answer that they expired.
 */
export interface SetupDrafts {
  /** A new draft's id (8 characters, for custom_ids). */
  start(draft: SetupDraft): string;
  /** The draft, or an `expired()` refusal. */
  get(id: string): SetupDraft;
  set(id: string, draft: SetupDraft): void;
  finish(id: string): void;
}

export function setupDrafts(clock: Clock): SetupDrafts {
  const drafts = new Map<string, { draft: SetupDraft; until: number }>();
  const now = () => clock.now().toMillis();
  const sweep = () => {
    for (const [id, { until }] of drafts) if (until <= now()) drafts.delete(id);
  };
  return {
    start(draft) {
      sweep();
      const id = randomBytes(6).toString("base64url");
      drafts.set(id, { draft, until: now() + DRAFT_MS });
      return id;
    },
    get(id) {
      const found = drafts.get(id);
      if (!found || found.until <= now()) throw expired();
      return found.draft;
    },
    set(id, draft) {
      const found = drafts.get(id);
      if (found) found.draft = draft;
    },
    finish: (id) => void drafts.delete(id),
  };
}
