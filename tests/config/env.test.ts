import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/env.js";

describe("the environment", () => {
  it("reads shard ids as lists and ranges, and wants the total with them", () => {
    expect(parseConfig({ SHARD_COUNT: "8", SHARD_IDS: "0-2,5" })).toMatchObject({
      SHARD_COUNT: 8,
      SHARD_IDS: [0, 1, 2, 5],
    });
    expect(parseConfig({}).SHARD_COUNT).toBeUndefined();
    expect(parseConfig({}).SHARD_IDS).toBeUndefined();
    expect(() => parseConfig({ SHARD_IDS: "1" })).toThrow(
      "SHARD_IDS: needs SHARD_COUNT, the total over all processes",
    );
    expect(() => parseConfig({ SHARD_COUNT: "2", SHARD_IDS: "1-2" })).toThrow(
      "SHARD_IDS: every id must be below SHARD_COUNT (2)",
    );
    expect(() => parseConfig({ SHARD_COUNT: "2", SHARD_IDS: "one" })).toThrow(
      "SHARD_IDS: expected shard ids like 0,1 or 0-3 or 0-3,8",
    );
  });

  it("takes the REST proxy and the HTTP listener's port, none by default", () => {
    expect(
      parseConfig({ DISCORD_REST_PROXY: "http://127.0.0.1:8080/api", HTTP_PORT: "9100" }),
    ).toMatchObject({
      DISCORD_REST_PROXY: "http://127.0.0.1:8080/api",
      HTTP_PORT: 9100,
      HTTP_HOST: "127.0.0.1",
    });
    expect(parseConfig({}).HTTP_PORT).toBeUndefined();
    expect(() => parseConfig({ DISCORD_REST_PROXY: "proxy:8080" })).toThrow(
      "DISCORD_REST_PROXY: expected the proxy's REST base",
    );
  });

  it("sends the token to the REST proxy in clear text only on this host, or where the operator says the network is private", () => {
    for (const url of ["http://10.0.0.5:8080/api", "http://proxy:8080/api"])
      expect(() => parseConfig({ DISCORD_REST_PROXY: url })).toThrow(
        "DISCORD_REST_PROXY: plain http to another host would send the bot token in clear text: use https://, or set PROXY_ALLOW_PLAIN_HTTP=true",
      );
    for (const url of ["http://localhost:8080/api", "http://[::1]:8080/api", "https://proxy/api"])
      expect(parseConfig({ DISCORD_REST_PROXY: url }).DISCORD_REST_PROXY).toBe(url);
    expect(
      parseConfig({ DISCORD_REST_PROXY: "http://proxy:8080/api", PROXY_ALLOW_PLAIN_HTTP: "true" }),
    ).toMatchObject({ DISCORD_REST_PROXY: "http://proxy:8080/api", PROXY_ALLOW_PLAIN_HTTP: true });
    expect(() =>
      parseConfig({ DISCORD_REST_PROXY: "http://proxy:8080/api", PROXY_ALLOW_PLAIN_HTTP: "yes" }),
    ).toThrow("PROXY_ALLOW_PLAIN_HTTP");
    expect(() => parseConfig({ PROXY_TLS_CERT: "cert.pem" })).toThrow(
      "PROXY_TLS_KEY: PROXY_TLS_CERT and PROXY_TLS_KEY go together",
    );
  });

  it("keeps the operators' listener apart: its own port, on loopback unless told, never the public one", () => {
    expect(parseConfig({ HTTP_PORT: "8000", OPS_PORT: "9100" })).toMatchObject({
      HTTP_PORT: 8000,
      OPS_PORT: 9100,
      OPS_HOST: "127.0.0.1",
    });
    expect(parseConfig({}).OPS_PORT).toBeUndefined();
    expect(() => parseConfig({ HTTP_PORT: "9100", OPS_PORT: "9100" })).toThrow(
      "OPS_PORT: must differ from HTTP_PORT",
    );
    expect(parseConfig({ HTTP_PORT: "0", OPS_PORT: "0" }).OPS_PORT).toBe(0);
    expect(() => parseConfig({ OPS_PORT: "65536" })).toThrow("OPS_PORT:");
  });

  it("listens on an IP address, IPv6 with or without brackets, or a host name", () => {
    for (const [given, host] of [
      ["::", "::"],
      ["[::1]", "::1"],
      ["0.0.0.0", "0.0.0.0"],
      ["fd00::5", "fd00::5"],
      ["bot.internal", "bot.internal"],
      ["localhost", "localhost"],
      ["yaddash_bot-0", "yaddash_bot-0"],
    ])
      expect(parseConfig({ OPS_HOST: given, HTTP_HOST: given })).toMatchObject({
        OPS_HOST: host,
        HTTP_HOST: host,
      });
    for (const bad of ["http://127.0.0.1", "127.0.0.1:9100", "-bot", "a b"])
      expect(() => parseConfig({ OPS_HOST: bad }), bad).toThrow(
        "OPS_HOST: expected an IP address (127.0.0.1, 0.0.0.0, ::1, ::) or a host name",
      );
  });

  it("takes the public address of the listener as a base for links, ending in a slash", () => {
    expect(parseConfig({ PUBLIC_URL: "https://yaddash.example/feeds" }).PUBLIC_URL).toBe(
      "https://yaddash.example/feeds/",
    );
    expect(parseConfig({}).PUBLIC_URL).toBeUndefined();
    expect(() => parseConfig({ PUBLIC_URL: "ftp://yaddash.example" })).toThrow(
      "PUBLIC_URL: expected an http(s) address",
    );
  });

  it("reads the reverse proxies trusted to forward readers' addresses", () => {
    expect(parseConfig({}).HTTP_TRUSTED_PROXIES).toEqual([]);
    expect(parseConfig({ HTTP_TRUSTED_PROXIES: "127.0.0.1, ::1" }).HTTP_TRUSTED_PROXIES).toEqual([
      "127.0.0.1",
      "::1",
    ]);
    expect(() => parseConfig({ HTTP_TRUSTED_PROXIES: "proxy.local" })).toThrow(
      "HTTP_TRUSTED_PROXIES: expected IP addresses separated by commas",
    );
  });

  it("refuses a fan-out whose requests would wait longer for their turn than a post's deadline allows", () => {
    expect(() =>
      parseConfig({
        FANOUT_CONCURRENCY: "1000",
        DISCORD_GLOBAL_RPS: "50",
        DELIVERY_LEASE_SECONDS: "60",
      }),
    ).toThrow(
      "FANOUT_CONCURRENCY: at most 750 with DISCORD_GLOBAL_RPS=50 and DELIVERY_LEASE_SECONDS=60: a fan-out's requests would wait 20 s",
    );
    expect(
      parseConfig({ FANOUT_CONCURRENCY: "750", DELIVERY_LEASE_SECONDS: "60" }).FANOUT_CONCURRENCY,
    ).toBe(750);
  });

  it("refuses an outbox kept for less time than a missed post may still be sent", () => {
    // A post of date D may be claimed until its time + CATCH_UP_HOURS; its row must outlive that, or a
    // late claim finds no row and sends the post again.
    expect(() => parseConfig({ OUTBOX_RETENTION_DAYS: "1", CATCH_UP_HOURS: "72" })).toThrow(
      "OUTBOX_RETENTION_DAYS: must be at least 5 with CATCH_UP_HOURS=72",
    );
    expect(() => parseConfig({ OUTBOX_RETENTION_DAYS: "1" })).toThrow(
      "OUTBOX_RETENTION_DAYS: must be at least 2 with CATCH_UP_HOURS=12",
    );
    expect(parseConfig({ OUTBOX_RETENTION_DAYS: "2" }).OUTBOX_RETENTION_DAYS).toBe(2);
    expect(
      parseConfig({ OUTBOX_RETENTION_DAYS: "5", CATCH_UP_HOURS: "72" }).OUTBOX_RETENTION_DAYS,
    ).toBe(5);
  });
});
