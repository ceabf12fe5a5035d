import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/**
 * The header in which a bot process shows the REST proxy that it is the operator's on the routes that
 * carry no bot token: discord.js sends interaction callbacks and their webhooks with `auth: false`.
 */
export const PROXY_KEY_HEADER = "x-yaddash-proxy-key";

/**
 * The proxy key, derived from the bot token: both sides have the token already, and the key gives no
 * way back to it (HMAC-SHA-256), so a key that leaks is good for this proxy only, not for Discord.
 */
export function proxyKeyHeaders(token: string): Record<string, string> {
  return { [PROXY_KEY_HEADER]: proxyKey(token) };
}

function proxyKey(token: string): string {
  return createHmac("sha256", token).update("yaddash REST proxy").digest("base64url");
}

/**
 * The routes discord.js sends without the bot token: an interaction's callback, and the webhook of its
 * answers (the original, follow-ups), each with the interaction's token in the path
 * (https://discord.com/developers/docs/interactions/receiving-and-responding#endpoints).
 */
const TOKENLESS_ROUTE =
  /^\/(?:interactions\/\d{17,20}\/[^/]+\/callback|webhooks\/\d{17,20}\/[^/]+(?:\/messages\/(?:@original|\d{17,20}))?)$/;

/**
 * Whether a request may be relayed: it carries the bot token, or, on a route that carries none, the
 * proxy key. Digests of equal length are compared in constant time, so that neither the answer's time
 * nor a length tells how much of a guess was right.
 */
export function proxyAuthorizer(
  token: string,
): (route: string, headers: IncomingHttpHeaders) => boolean {
  const bot = digest(`Bot ${token}`);
  const key = digest(proxyKey(token));
  return (route, headers) => {
    if (headers.authorization !== undefined)
      return timingSafeEqual(digest(headers.authorization), bot);
    const given = headers[PROXY_KEY_HEADER];
    return (
      typeof given === "string" &&
      timingSafeEqual(digest(given), key) &&
      TOKENLESS_ROUTE.test(route)
    );
  };
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
