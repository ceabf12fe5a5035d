/**
 * `npm run healthcheck`: exits 0 when this host's bot answers /healthz with 200, 1 otherwise — for a
 * container's HEALTHCHECK or a service manager's watchdog. Reads HTTP_PORT (and HTTP_HOST).
 */
const port = process.env.HTTP_PORT;
const host =
  process.env.HTTP_HOST && process.env.HTTP_HOST !== "0.0.0.0"
    ? process.env.HTTP_HOST
    : "127.0.0.1";
if (!port) {
  process.stderr.write("HTTP_PORT is not set: the bot serves /healthz only when it is.\n");
  process.exit(1);
}
try {
  const res = await fetch(`http://${host}:${port}/healthz`, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) process.stderr.write(`unhealthy: ${await res.text()}\n`);
  process.exit(res.ok ? 0 : 1);
} catch (error) {
  process.stderr.write(
    `no answer from http://${host}:${port}/healthz: ${(error as Error).message}\n`,
  );
  process.exit(1);
}
