import { createHash } from "node:crypto";
import type { PostKind } from "../schedule/compose.js";
import type { IsoDate } from "../time/local-date.js";

/** One post: a subscription's post of one kind on one local date. */
export interface DeliveryKey {
  subscriptionId: string;
  date: IsoDate;
  kind: PostKind;
}

/** Discord's message nonce (at most 25 characters), the same for every attempt at one post. */
export function deliveryNonce(key: DeliveryKey): string {
  return createHash("sha256")
    .update(`${key.subscriptionId}/${key.date}/${key.kind}`)
    .digest("base64url")
    .slice(0, 25);
}
