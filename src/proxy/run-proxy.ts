import { ConfigError, loadDotEnv, parseConfig, type Config } from "../config/env.js";
import { EXIT } from "../lifecycle/startup-failure.js";
import { createLogger } from "../log/logger.js";
import { proxySettings } from "./proxy-settings.js";
import { startRestProxy } from "./rest-proxy.js";

/**
 * `npm run proxy`: the shared REST proxy for every bot process on one token (DISCORD_REST_PROXY in
 * theirs), with that token in its own DISCORD_TOKEN.
 */
let config: Config | undefined;
try {
  loadDotEnv();
  config = parseConfig(process.env);
  const log = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  const proxy = await startRestProxy({ ...proxySettings(config), log });
  const stop = (signal: string) => {
    log.info({ signal }, "REST proxy shutting down");
    void proxy.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  process.stderr.write(`The REST proxy cannot start. ${(error as Error).message}\n`);
  if (config?.LOG_LEVEL === "debug" || config?.LOG_LEVEL === "trace")
    process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(error instanceof ConfigError ? EXIT.config : EXIT.unexpected);
}
