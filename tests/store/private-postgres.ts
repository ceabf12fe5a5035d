import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A PostgreSQL server of the test's own, started from the installed binaries in a temporary folder
 * on a free port: one the test may restart or stop without touching the machine's server, which other
 * tests use at the same time.
 */
export interface PrivatePostgres {
  url: string;
  /** Stops the server (fast: connections are closed) and starts it again on the same port. */
  restart(): void;
  stop(): void;
}

function binaries(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const version = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a))[0];
  return version ? join(root, version, "bin") : null;
}

/** Why a private server cannot be started here, or null when it can. */
export function privatePostgresUnavailable(): string | null {
  if (!binaries()) return "no PostgreSQL server binaries under /usr/lib/postgresql";
  if (process.getuid?.() === 0 && spawnSync("id", ["postgres"]).status !== 0)
    return "running as root without a postgres user to run the server as";
  return null;
}

export function startPrivatePostgres(port: number): PrivatePostgres {
  const bin = binaries()!;
  const dir = mkdtempSync(join(tmpdir(), "yaddash-pg-"));
  // PostgreSQL refuses to run as root: as root, it runs as the postgres user.
  const asServer = (command: string, args: string[]) => {
    const [file, all] =
      process.getuid?.() === 0
        ? ["runuser", ["-u", "postgres", "--", join(bin, command), ...args]]
        : [join(bin, command), args];
    execFileSync(file, all, { stdio: "ignore", timeout: 60_000 });
  };
  if (process.getuid?.() === 0)
    chownSync(dir, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })), 0);
  const data = join(dir, "data");
  asServer("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const start = () =>
    asServer("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart() {
      asServer("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      start();
    },
    stop() {
      try {
        asServer("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
