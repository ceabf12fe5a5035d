import { readFileSync } from "node:fs";
import { ConfigError, isLoopbackHost, type Config } from "../config/env.js";
import type { RestProxyOptions } from "./rest-proxy.js";

/**
 * What `npm run proxy` needs of the environment, checked before it listens: the bots' token, and no
 * token in clear text off this host unless the operator says the network is private.
 */
export function proxySettings(config: Config): Omit<RestProxyOptions, "log"> {
  const token = config.DISCORD_TOKEN;
  if (!token)
    throw new ConfigError(
      "DISCORD_TOKEN is not set: the REST proxy relays only requests that carry the bots' token, so it needs the same token as they do.",
    );
  const tls = config.PROXY_TLS_CERT
    ? {
        cert: readPem("PROXY_TLS_CERT", config.PROXY_TLS_CERT),
        key: readPem("PROXY_TLS_KEY", config.PROXY_TLS_KEY!),
      }
    : undefined;
  if (!tls && !isLoopbackHost(config.PROXY_HOST) && !config.PROXY_ALLOW_PLAIN_HTTP)
    throw new ConfigError(
      "PROXY_HOST is not a loopback address, and the bots' token would reach the proxy in clear text: set PROXY_TLS_CERT and PROXY_TLS_KEY, or PROXY_ALLOW_PLAIN_HTTP=true if the network is private.",
    );
  return {
    upstream: config.DISCORD_API_BASE,
    port: config.PROXY_PORT,
    host: config.PROXY_HOST,
    perSecond: config.DISCORD_GLOBAL_RPS,
    token,
    tls,
  };
}

function readPem(variable: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ConfigError(`${variable}: cannot read ${path} (${(error as Error).message}).`);
  }
}
