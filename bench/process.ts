import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

/** How `npm run serve` (production, compiled) and `npm start` (tsx, for development) run the bot. */
export const SERVE = ["--enable-source-maps", "--max-semi-space-size=2", "dist/main.js"] as const;
export const DEV = ["--import", "tsx", "src/main.ts"] as const;

export interface Running {
  child: ChildProcess;
  /** Resolves with the ms from spawn until a stdout line contains `text`. */
  waitFor(text: string): Promise<number>;
  /** The first stdout line containing `text` (after waitFor). */
  lineWith(text: string): string;
  rssMb(): number;
  stop(): Promise<void>;
}

export function run(args: readonly string[], env: Record<string, string>): Running {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  return {
    child,
    waitFor: (text) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!output.includes(text)) return;
          child.stdout!.off("data", check);
          resolve(performance.now() - started);
        };
        child.stdout!.on("data", check);
        check();
        child.once("exit", (code) =>
          reject(new Error(`exited (${code}) before "${text}":\n${output}`)),
        );
      }),
    lineWith: (text) => output.split("\n").find((l) => l.includes(text))!,
    rssMb: () =>
      Number(readFileSync(`/proc/${child.pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/)![1]) /
      1024,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
