/** A subscription's live message as the store keeps it. */
export interface LiveMessage {
  subscriptionId: string;
  messageId: string | null;
  /** Of what the message says now (null: unknown, an edit is owed). */
  contentHash: string | null;
  pinned: boolean;
  /** When it is drawn again; while a process handles it, the end of that process's lease. */
  dueAt: string | null;
  /** A create begun and not recorded: the message may exist. */
  sendingSince: string | null;
  /** How many times the message was found deleted (a new create's nonce differs). */
  generation: number;
}

/**
 * The live messages. A process takes one by moving `dueAt` to the end of its lease; every later write
 * names that lease and applies only while it still holds (a process whose lease was taken over writes
 * nothing), as the outbox's claims do.
 */
export interface LiveMessageRepository {
  /**
   * Draw this subscription's message again at `at`, and edit it even if it says the same (after an
   * admin's change: an edit is how the bot learns that its message was deleted). Made if it has no row.
   */
  markDue(subscriptionId: string, at: string): Promise<void>;
  /** Draw every live message again at `at` (the calendar changed). */
  markAllDue(at: string): Promise<void>;
  /** Those due at `now` whose subscription is active and asks for one, earliest first. */
  due(now: string, limit: number): Promise<LiveMessage[]>;
  /** Takes one for this process until `lease`, if it is still due at `dueAt`; false: another has it. */
  take(subscriptionId: string, dueAt: string, lease: string): Promise<boolean>;
  /** Notes, before a create goes out, that it may reach Discord. */
  markSending(subscriptionId: string, lease: string, now: string): Promise<boolean>;
  /** Records the message made (or found), what it says, and when to draw it next; releases it. */
  record(
    subscriptionId: string,
    lease: string,
    state: { messageId: string; contentHash: string | null; dueAt: string; pinned?: boolean },
  ): Promise<boolean>;
  /** Releases it until `dueAt`, with what the message says now when it was edited. */
  release(
    subscriptionId: string,
    lease: string,
    state: { dueAt: string | null; contentHash?: string; pinned?: boolean },
  ): Promise<boolean>;
  /** The message was deleted: forgotten, so that the next draw makes a new one (generation + 1). */
  forget(subscriptionId: string, lease: string): Promise<boolean>;
}
