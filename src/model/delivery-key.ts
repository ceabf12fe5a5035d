import { createHash } from "node:crypto";
import type { IsoDate } from "./iso-date.js";

export type PostKind = "day" | "reminder" | "week";

/**
 * One message of a post: a subscription's post of one kind on one local date, and which of its
 * messages (0 for the first; a day longer than Discord allows in one message takes several).
 */
export interface DeliveryKey {
  subscriptionId: string;
  date: IsoDate;
  kind: PostKind;
  part: number;
}

/**
 * Discord's message nonce (at most 25 characters), the same for every attempt at one message and
 * different for each message of a post. A first message keeps the nonce posts had before they could
 * have several, so that an upgrade in the middle of a retry does not change it.
 */
export function deliveryNonce(key: DeliveryKey): string {
  const part = key.part ? `#${key.part + 1}` : "";
  return nonceOf(`${key.subscriptionId}/${key.date}/${key.kind}${part}`);
}

const nonceOf = (text: string) =>
  createHash("sha256").update(text).digest("base64url").slice(0, 25);

/**
 * The nonce of a subscription's live message: the same for every attempt at one message, a new one
 * after the last was deleted (`generation`).
 */
export function liveNonce(subscriptionId: string, generation: number): string {
  return nonceOf(`${subscriptionId}/live/${generation}`);
}

/**
 * How long after a post's first claim a resend is left to the nonce alone, when the bot cannot look
 * in the channel. Discord documents its nonce check only as "the past few minutes"
 * (https://discord.com/developers/docs/resources/message#create-message-jsonform-params); two minutes
 * stays well inside that.
 */
export const NONCE_TRUST_MS = 2 * 60_000;
