import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "selfsigned";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/lifecycle/startup-failure.js";
import { makeGuild, makeUser } from "../kit/fake-discord/fixtures.js";
import { startFakeDiscord, type FakeDiscord } from "../kit/fake-discord/server.js";
import { tempDatabaseUrl } from "../kit/bot-harness.js";
import { startChild, type Child } from "./processes.js";

/** Runs `entry` until it exits (it must not start): its exit code and what it wrote to stderr. */
async function refusedStart(entry: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { ...process.env, DISCORD_TOKEN: "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const [code] = await once(child, "exit");
  return { code, stderr };
}

describe("the REST proxy and the bots keep the token off the network in clear text", () => {
  let discord: FakeDiscord;
  const children: Child[] = [];
  beforeAll(async () => {
    discord = await startFakeDiscord();
    discord.addGuild(makeGuild("g", makeUser("owner").id));
  });
  afterAll(async () => {
    for (const child of children) child.process.kill("SIGKILL");
    await discord.close();
  });

  it("the proxy does not start without the bots' token, nor listen on another address in clear text unless told", async () => {
    const noToken = await refusedStart("src/proxy/run-proxy.ts", { PROXY_PORT: "0" });
    expect(noToken.code).toBe(EXIT.config);
    expect(noToken.stderr).toMatch(/^The REST proxy cannot start\. DISCORD_TOKEN is not set/);
    const open = await refusedStart("src/proxy/run-proxy.ts", {
      DISCORD_TOKEN: discord.token,
      PROXY_PORT: "0",
      PROXY_HOST: "0.0.0.0",
    });
    expect(open.code).toBe(EXIT.config);
    expect(open.stderr).toContain(
      "PROXY_HOST is not a loopback address, and the bots' token would reach the proxy in clear text: set PROXY_TLS_CERT and PROXY_TLS_KEY, or PROXY_ALLOW_PLAIN_HTTP=true",
    );
    expect(open.stderr).not.toContain(discord.token);
    const told = startChild("src/proxy/run-proxy.ts", {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      PROXY_PORT: "0",
      PROXY_HOST: "0.0.0.0",
      PROXY_ALLOW_PLAIN_HTTP: "true",
    });
    children.push(told);
    expect(await told.logged("REST proxy ready")).toMatchObject({ host: "0.0.0.0", tls: false });
  });

  it("a bot does not send its token over plain http to another host unless told", async () => {
    const refused = await refusedStart("src/main.ts", {
      DISCORD_TOKEN: discord.token,
      DISCORD_REST_PROXY: "http://10.0.0.5:8080/api",
      DATABASE_URL: tempDatabaseUrl(),
    });
    expect(refused.code).toBe(EXIT.config);
    expect(refused.stderr).toContain(
      "DISCORD_REST_PROXY: plain http to another host would send the bot token in clear text: use https://, or set PROXY_ALLOW_PLAIN_HTTP=true if the network between them is private",
    );
    expect(refused.stderr).not.toContain(discord.token);
  });

  it("a bot with another token than the proxy's says so, and the proxy lets nothing through", async () => {
    const proxy = startChild("src/proxy/run-proxy.ts", {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      PROXY_PORT: "0",
    });
    children.push(proxy);
    const { port } = (await proxy.logged("REST proxy ready")) as { port: number };
    const before = discord.requests.length;
    const refused = await refusedStart("src/main.ts", {
      DISCORD_TOKEN: "an.old-token.of-this-bot",
      DISCORD_REST_PROXY: `http://127.0.0.1:${port}/api`,
      DATABASE_URL: tempDatabaseUrl(),
    });
    expect(refused.code).toBe(EXIT.tokenRejected);
    expect(refused.stderr).toMatch(
      /^yaddash cannot start\. The REST proxy or Discord rejected DISCORD_TOKEN\. The proxy relays only the token in its own environment/,
    );
    expect(discord.requests.length).toBe(before);
  });

  it("over TLS: the proxy serves https with its certificate, and a bot that trusts it goes through", async () => {
    const dir = mkdtempSync(join(tmpdir(), "yaddash-tls-"));
    const pem = await generate([{ name: "commonName", value: "localhost" }], {
      keyType: "ec",
      extensions: [
        {
          name: "subjectAltName",
          altNames: [
            { type: 2, value: "localhost" },
            { type: 7, ip: "127.0.0.1" },
          ],
        },
      ],
    });
    const cert = join(dir, "proxy.crt");
    const key = join(dir, "proxy.key");
    writeFileSync(cert, pem.cert);
    writeFileSync(key, pem.private);
    const proxy = startChild("src/proxy/run-proxy.ts", {
      DISCORD_TOKEN: discord.token,
      DISCORD_API_BASE: discord.apiBase,
      PROXY_PORT: "0",
      PROXY_TLS_CERT: cert,
      PROXY_TLS_KEY: key,
    });
    children.push(proxy);
    const { port } = (await proxy.logged("REST proxy ready")) as { port: number };
    // Plain http is not answered, and a client that does not trust the certificate gets nowhere.
    await expect(fetch(`http://127.0.0.1:${port}/api/v10/users/@me`)).rejects.toThrow();
    await expect(fetch(`https://127.0.0.1:${port}/api/v10/users/@me`)).rejects.toThrow();
    // No DISCORD_API_BASE: the test server is reached through the proxy, or not at all.
    const bot = startChild("src/main.ts", {
      DISCORD_TOKEN: discord.token,
      DISCORD_REST_PROXY: `https://localhost:${port}/api`,
      NODE_EXTRA_CA_CERTS: cert,
      DATABASE_URL: tempDatabaseUrl(),
      LOG_LEVEL: "info",
    });
    children.push(bot);
    await bot.logged("connected to Discord");
    expect(discord.seen("GET", /^\/gateway\/bot$/).at(-1)!.headers.authorization).toBe(
      `Bot ${discord.token}`,
    );
  });
});
