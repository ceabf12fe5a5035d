import type { DateTime } from "luxon";
import type { Occurrence } from "../calendar/occurrences.js";
import type { Subscription } from "../model/subscription-model.js";
import type { Lookup } from "./sender.js";

/**
 * Discord as a live message needs it (`Message` is the adapter's rendering). Each call rejects with a
 * DeliveryError, as the Sender's do, and none starts a request once `signal` aborts.
 */
export interface LiveSender<Message> {
  /** The message listing these coming days, in the subscription's language. */
  draw(sub: Subscription, days: readonly Occurrence[]): Message;
  create(
    sub: Subscription,
    message: Message,
    nonce: string,
    signal: AbortSignal,
  ): Promise<{ messageId: string }>;
  /** Edits it, and says whether it is pinned now; null when it is gone (deleted: Unknown Message). */
  edit(
    sub: Subscription,
    messageId: string,
    message: Message,
    signal: AbortSignal,
  ): Promise<{ pinned: boolean } | null>;
  /** Deletes it (no longer kept up); one already gone is no error. */
  remove(sub: Subscription, messageId: string): Promise<void>;
  /** Looks for the bot's live message in the channel after `since`. */
  find(sub: Subscription, since: DateTime, signal: AbortSignal): Promise<Lookup>;
  /** Pins it; a warning when Discord refused (Pin Messages, the channel's pins full), else null. */
  pin(sub: Subscription, messageId: string): Promise<string | null>;
}
