import { DiscordAPIError } from "discord.js";
import { CalendarDataError } from "../calendar/load.js";
import { ConfigError } from "../config/env.js";
import { ListenError } from "../http/listener.js";
import { StoreError } from "../store/open.js";

/** Exit codes of `npm start` / `npm run serve` when start-up fails, one per cause (sysexits.h). */
export const EXIT = {
  config: 78,
  calendarData: 65,
  store: 74,
  discordUnreachable: 69,
  tokenRejected: 77,
  unexpected: 70,
} as const;

export interface StartupFailure {
  code: number;
  /** One line: the cause and what to do; details (the data's problems) may follow on later lines. */
  message: string;
}

const NETWORK =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|fetch failed|aborted/i;

function causes(error: unknown): string {
  const parts: string[] = [];
  for (
    let e = error as { message?: string; code?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  )
    parts.push(`${e.code ?? ""} ${e.message ?? ""}`);
  return parts.join(" ");
}

/** Why start-up failed, as an operator needs it. */
export function describeStartupFailure(
  error: unknown,
  apiBase: string,
  /** Requests go through the REST proxy (DISCORD_REST_PROXY), which refuses any other token. */
  viaProxy = false,
): StartupFailure {
  if (error instanceof ConfigError) return { code: EXIT.config, message: error.message };
  if (error instanceof CalendarDataError)
    return {
      code: EXIT.calendarData,
      message: `${error.message}\nFix the data (see README: The calendar), then check it with \`npm run cli -- validate\`.`,
    };
  if (error instanceof StoreError)
    return { code: EXIT.store, message: `The store cannot be used: ${error.message}` };
  if (error instanceof ListenError)
    return {
      code: EXIT.config,
      message: `Cannot listen for the ${error.serves} (${error.message}). Choose another ${error.setting}, or leave it unset.`,
    };
  const code = (error as { code?: unknown }).code;
  if (code === "TokenInvalid" || (error instanceof DiscordAPIError && error.status === 401))
    return {
      code: EXIT.tokenRejected,
      message: viaProxy
        ? "The REST proxy or Discord rejected DISCORD_TOKEN. The proxy relays only the token in its own environment: give it and every bot the same DISCORD_TOKEN (restart the proxy after a change); if they are the same, reset the token in the Developer Portal (Bot → Reset Token)."
        : "Discord rejected DISCORD_TOKEN. Reset the token in the Developer Portal (Bot → Reset Token) and put the new one in .env.",
    };
  if (NETWORK.test(causes(error)))
    return {
      code: EXIT.discordUnreachable,
      message: `Cannot reach Discord at ${apiBase} (${(error as Error).message}). Check the network, a proxy or DISCORD_API_BASE, then start again.`,
    };
  return {
    code: EXIT.unexpected,
    message: `Unexpected failure at start-up: ${(error as Error)?.message ?? String(error)} (LOG_LEVEL=debug shows where).`,
  };
}
