import type { DateTime } from "luxon";
import type { Post } from "../schedule/compose.js";
import type { Subscription } from "../model/subscription-model.js";

/** How a failed send ends: the channel is gone, the bot may not post, try again later, or never. */
export type FailureKind = "gone" | "forbidden" | "transient" | "rejected";

export class DeliveryError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    /** The request may have made the message (a lost answer, a timeout, a 5xx): look before resending. */
    readonly maybeSent = false,
    /** The platform's own error code, when it gave one (for the adapter that reads it). */
    readonly code?: number,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

/**
 * Whether this post's message exists: found, absent, or unknown (the bot cannot look, and why;
 * `withoutNonce`: no nonce guards a resend either, as for a forum post).
 */
export type Lookup =
  | { found: true; messageId: string }
  | { found: false }
  | { found: null; reason: string; withoutNonce?: boolean };

/**
 * Discord as the scheduler sees it: a post is one message or several (`Message` is the adapter's own
 * rendering of one), to a subscription's channel or another target (a member's direct messages).
 * Once `signal` aborts, no request of the call starts any more and the call rejects
 * (a send that may have reached Discord: as a transient failure, maybe sent).
 */
export interface Sender<Message, Target = Subscription> {
  /** The messages a post makes, in order: one, or several when it does not fit in one. */
  messages(sub: Target, post: Post): Message[];
  /** Sends one message; the same nonce for every attempt at the same message. */
  send(
    sub: Target,
    message: Message,
    nonce: string,
    signal: AbortSignal,
  ): Promise<{ messageId: string; warning?: string | null }>;
  /**
   * Opens the thread the subscription asks for on a post's first message, once: again on a message
   * that has one already does nothing. A warning when the bot may not (the post stands without it);
   * rejects, as maybe sent, when it should be tried again.
   */
  openThread(
    sub: Target,
    message: Message,
    messageId: string,
    signal: AbortSignal,
  ): Promise<string | null>;
  /**
   * Looks for this message among the bot's messages in the channel after `since`, passing over those
   * in `taken` (recorded for the post's other messages, which can look the same).
   */
  find(
    sub: Target,
    message: Message,
    since: DateTime,
    taken: ReadonlySet<string>,
    signal: AbortSignal,
  ): Promise<Lookup>;
  /** Crossposts a recorded post when the subscription asks and the channel allows; a warning if it failed. */
  publish(sub: Target, messageId: string): Promise<string | null>;
}
