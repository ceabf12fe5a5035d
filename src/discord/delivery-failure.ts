import { DiscordAPIError, RateLimitError } from "discord.js";
import { DeliveryError, type FailureKind } from "../delivery/sender.js";

const UNKNOWN_CHANNEL = 10003;
const MISSING_ACCESS = 50001;
export const MISSING_PERMISSIONS = 50013;
/** A user who does not accept the bot's direct messages (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json). */
const CANNOT_MESSAGE_USER = 50007;

/**
 * Discord's answer, as the scheduler needs it: gone, forbidden, worth retrying, or not. `acted`: whether
 * one of the request's tries may have made something (trackAttempts: one refused with a 4xx made
 * nothing; one answered 5xx, or not at all, may have). The last answer alone cannot tell: discord.js
 * retries out of sight, and a 429 may follow a 5xx that came after the write. A look-up never acts.
 */
export function classify(error: unknown, acted: boolean, signal?: AbortSignal): DeliveryError {
  const failure = (kind: FailureKind, reason: string) =>
    new DeliveryError(
      kind,
      reason,
      acted,
      error instanceof DiscordAPIError ? Number(error.code) : undefined,
    );
  if (signal?.aborted) return failure("transient", "not done before the post's deadline");
  if (error instanceof RateLimitError)
    return failure(
      "transient",
      `rate limited for ${Math.round(error.retryAfter / 1000)} s on ${error.route}`,
    );
  if (error instanceof DiscordAPIError) {
    const reason = `${error.message} (${error.code})`;
    if (error.code === UNKNOWN_CHANNEL) return failure("gone", reason);
    if ([MISSING_ACCESS, MISSING_PERMISSIONS, CANNOT_MESSAGE_USER].includes(Number(error.code)))
      return failure("forbidden", reason);
    if (error.status >= 500 || error.status === 429) return failure("transient", reason);
    return failure("rejected", reason);
  }
  // HTTPError (5xx after discord.js's own retries), timeouts and network errors.
  return failure("transient", (error as Error).message || String(error));
}
