import type { Post } from "../schedule/compose.js";
import type { Subscription } from "../subscriptions/subscription.js";

/** How a failed send ends: the channel is gone, the bot may not post, try again later, or never. */
export type FailureKind = "gone" | "forbidden" | "transient" | "rejected";

export class DeliveryError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

export interface Sent {
  messageId: string;
  /** Something that went wrong after the post was made (e.g. it could not be published). */
  warning?: string;
}

/** Sends one post for one subscription; the same nonce for every attempt at the same post. */
export interface Sender {
  send(sub: Subscription, post: Post, nonce: string): Promise<Sent>;
}
