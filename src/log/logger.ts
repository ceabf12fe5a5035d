import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Secrets that must never reach a log line, wherever they appear. */
  secrets?: readonly (string | undefined)[];
  /** Where to write; by default stdout, pretty-printed in a terminal and JSON otherwise. */
  destination?: DestinationStream;
}

// Interaction and webhook URLs carry a token that lets anyone answer as the bot for 15 minutes.
const URL_TOKENS = /(\/(?:interactions|webhooks)\/\d+\/)[^/\s"?]+/g;

export function createLogger({ level, secrets = [], destination }: LoggerOptions): Logger {
  const hidden = secrets.filter((s): s is string => Boolean(s && s.length >= 8));
  const options = {
    level,
    redact: {
      paths: ["token", "*.token", "headers.authorization", "*.headers.authorization"],
      censor: "[redacted]",
    },
    hooks: {
      streamWrite: (line: string) =>
        hidden
          .reduce((text, secret) => text.replaceAll(secret, "[redacted]"), line)
          .replace(URL_TOKENS, "$1[redacted]"),
    },
  };
  if (destination) return pino(options, destination);
  if (process.stdout.isTTY) return pino({ ...options, transport: { target: "pino-pretty" } });
  // Written at once, in order: a process that may be killed (or crash) loses no line it logged.
  return pino(options, pino.destination({ dest: 1, sync: true }));
}
