import { loadDotEnv, parseConfig } from "../config/env.js";
import { createLogger } from "../log/logger.js";
import { startRestProxy } from "./rest-proxy.js";

/**
 * `npm run proxy`: the shared REST proxy for every bot process on one token (DISCORD_REST_PROXY in
 * theirs). It forwards each process's own Authorization header, so it needs no token itself.
 */
loadDotEnv();
const config = parseConfig(process.env);
const log = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
const proxy = await startRestProxy({
  upstream: config.DISCORD_API_BASE,
  port: config.PROXY_PORT,
  host: config.PROXY_HOST,
  perSecond: config.DISCORD_GLOBAL_RPS,
  log,
});
const stop = (signal: string) => {
  log.info({ signal }, "REST proxy shutting down");
  void proxy.close().then(() => process.exit(0));
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
