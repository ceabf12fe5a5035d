import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What a container runtime does with an image, done with chroot in the image's mounted file system (a
 * machine that builds images but may not run containers): the command, user, working folder and
 * environment come from the image's config (`podman image inspect`), never from the caller.
 */

/** The parts of `podman image inspect` that say how a container of the image runs. */
export interface ImageConfig {
  Config: {
    User?: string;
    Env?: string[];
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    WorkingDir?: string;
    ExposedPorts?: Record<string, unknown>;
    Volumes?: Record<string, unknown> | null;
    Healthcheck?: { Test?: string[] };
  };
  /** podman shows the HEALTHCHECK here; Docker's own config keeps it in Config. */
  Healthcheck?: { Test?: string[] };
}

export function readImageConfig(path: string): ImageConfig {
  const [image] = JSON.parse(readFileSync(path, "utf8")) as ImageConfig[];
  return image!;
}

/** The image's environment as a map, with what Docker adds when the image leaves it unset. */
export function imageEnv(config: ImageConfig): Map<string, string> {
  const env = new Map<string, string>([
    // What Docker sets unless the image does (https://docs.docker.com/engine/containers/run/#environment-variables).
    ["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
    ["HOSTNAME", "image-check"],
  ]);
  for (const entry of config.Config.Env ?? []) {
    const at = entry.indexOf("=");
    env.set(entry.slice(0, at), entry.slice(at + 1));
  }
  return env;
}

export interface ImageUser {
  uid: number;
  gid: number;
  groups: number[];
  home: string;
}

/**
 * USER (`name`, `uid`, either with `:group`) looked up in the image's own /etc/passwd and /etc/group, as
 * the runtime does; a numeric id the image does not list runs with group 0 and home "/".
 */
export function imageUser(root: string, config: ImageConfig): ImageUser {
  const [user = "root", group] = (config.Config.User || "root").split(":");
  const table = (file: string) =>
    readFileSync(join(root, "etc", file), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => line.split(":"));
  const numeric = /^\d+$/;
  const passwd =
    table("passwd").find((f) => f[0] === user || f[2] === user) ??
    (numeric.test(user) ? [user, "", user, "0", "", "/"] : undefined);
  if (!passwd) throw new Error(`USER ${user} is not in the image's /etc/passwd`);
  const groups = table("group");
  const named = group && groups.find((f) => f[0] === group || f[2] === group);
  if (group && !named && !numeric.test(group))
    throw new Error(`group ${group} is not in the image's /etc/group`);
  const gid = Number(group ? (named ? named[2] : group) : passwd[3]);
  const extra = groups
    .filter((f) => (f[3] ?? "").split(",").includes(passwd[0]!))
    .map((f) => Number(f[2]));
  return { uid: Number(passwd[2]), gid, groups: [...new Set([gid, ...extra])], home: passwd[5]! };
}

export interface InImage {
  child: ChildProcess;
  /** stdout and stderr, as they come. */
  output: { text: string };
  exited: Promise<unknown[]>;
}

/**
 * Starts `argv` in the image as a container would: as USER, in WorkingDir, with the image's environment
 * (plus `env`, as `docker run -e` adds), in a process group of its own.
 */
export function runInImage(
  root: string,
  config: ImageConfig,
  argv: string[],
  env: Record<string, string> = {},
): InImage {
  const user = imageUser(root, config);
  const vars = imageEnv(config);
  if (!vars.has("HOME")) vars.set("HOME", user.home);
  for (const [key, value] of Object.entries(env)) vars.set(key, value);
  // chroot(1) always starts in the new root's "/": the image's own env(1) moves to WorkingDir.
  const child = spawn(
    "chroot",
    [
      `--userspec=${user.uid}:${user.gid}`,
      `--groups=${user.groups.join(",")}`,
      root,
      "/usr/bin/env",
      "-i",
      `--chdir=${config.Config.WorkingDir || "/"}`,
      ...[...vars].map(([key, value]) => `${key}=${value}`),
      ...argv,
    ],
    { stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  const output = { text: "" };
  child.stdout!.on("data", (chunk) => (output.text += chunk));
  child.stderr!.on("data", (chunk) => (output.text += chunk));
  return { child, output, exited: once(child, "exit") };
}

/** ENTRYPOINT then CMD, as `docker run <image>` starts them. */
export function imageCommand(config: ImageConfig): string[] {
  return [...(config.Config.Entrypoint ?? []), ...(config.Config.Cmd ?? [])];
}

/** The HEALTHCHECK's command, as the runtime runs it inside the container. */
export function healthcheckCommand(config: ImageConfig): string[] {
  const test = config.Healthcheck?.Test ?? config.Config.Healthcheck?.Test;
  if (!test?.length || test[0] === "NONE") throw new Error("the image has no HEALTHCHECK");
  // https://docs.docker.com/reference/dockerfile/#healthcheck: CMD runs as is, CMD-SHELL with /bin/sh -c.
  return test[0] === "CMD-SHELL" ? ["/bin/sh", "-c", test[1]!] : test.slice(1);
}

/** The ports the image names: its `…_PORT` variables and EXPOSE. */
export function imagePorts(config: ImageConfig): number[] {
  const fromEnv = [...imageEnv(config)]
    .filter(([key, value]) => /_PORT$/.test(key) && /^\d+$/.test(value))
    .map(([, value]) => Number(value));
  const exposed = Object.keys(config.Config.ExposedPorts ?? {}).map((p) => Number.parseInt(p, 10));
  return [...new Set([...fromEnv, ...exposed])].filter((p) => p > 0);
}
