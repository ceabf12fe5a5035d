/** A subscription's live message as the store keeps it. */
export interface LiveMessage {
  subscriptionId: string;
  messageId: string | null;
  /** Of what the message says now (null: unknown, an edit is owed). */
  contentHash: string | null;
  pinned: boolean;
  /** When it is drawn again. */
  dueAt: string | null;
  /** A create begun and not recorded: the message may exist. */
  sendingSince: string | null;
  /** How many times the message was found deleted (a new create's nonce differs). */
  generation: number;
}

/**
 * The live messages. A process takes one until the end of its lease; every later write names that
 * lease and applies only while it still holds (a process whose lease ran out and was taken over writes
 * nothing), as the outbox's claims do. A redraw asked meanwhile waits for the release: the holder's
 * late edit can never land after a newer one.
 */
export interface LiveMessageRepository {
  /**
   * Draw this subscription's message again at `at`, and edit it even if it says the same (after an
   * admin's change: an edit is how the bot learns that its message was deleted). Made if it has no row.
   * While a process holds it, it is due when that process releases it.
   */
  markDue(subscriptionId: string, at: string): Promise<void>;
  /** Draw every live message again at `at` (the calendar changed); held ones once released. */
  markAllDue(at: string): Promise<void>;
  /** The message the subscription's live message is, if one was made. */
  messageOf(subscriptionId: string): Promise<string | null>;
  /** Those due at `now` whose subscription is active and asks for one, earliest first. */
  due(now: string, limit: number): Promise<LiveMessage[]>;
  /**
   * Takes one for this process until `lease`, if it is due at `now` and no process holds it (or its
   * lease ran out): the row as taken; null when another has it or it is no longer due.
   */
  take(subscriptionId: string, now: string, lease: string): Promise<LiveMessage | null>;
  /** Notes, before a create goes out, that it may reach Discord. */
  markSending(subscriptionId: string, lease: string, now: string): Promise<boolean>;
  /** Records the message made (or found), what it says, and when to draw it next; releases it. */
  record(
    subscriptionId: string,
    lease: string,
    state: { messageId: string; contentHash: string | null; dueAt: string; pinned?: boolean },
  ): Promise<boolean>;
  /**
   * Releases it until `dueAt`, with what the message says now when it was edited (or at once, the hash
   * forgotten, when a redraw was asked meanwhile; `record` likewise).
   */
  release(
    subscriptionId: string,
    lease: string,
    state: { dueAt: string | null; contentHash?: string; pinned?: boolean },
  ): Promise<boolean>;
  /** The message was deleted: forgotten, so that the next draw makes a new one (generation + 1). */
  forget(subscriptionId: string, lease: string): Promise<boolean>;
}
