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
      parseConfig({ DISCORD_REST_PROXY: "http://proxy:8080/api", HTTP_PORT: "9100" }),
    ).toMatchObject({
      DISCORD_REST_PROXY: "http://proxy:8080/api",
      HTTP_PORT: 9100,
      HTTP_HOST: "127.0.0.1",
    });
    expect(parseConfig({}).HTTP_PORT).toBeUndefined();
    expect(() => parseConfig({ DISCORD_REST_PROXY: "proxy:8080" })).toThrow(
      "DISCORD_REST_PROXY: expected the proxy's REST base",
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
});
