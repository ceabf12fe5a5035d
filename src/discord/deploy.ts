import { REST, Routes } from "discord.js";
import type { Command } from "./command.js";

export interface DeployTarget {
  token: string;
  applicationId: string;
  /** Register to this guild only (instant), instead of globally. */
  guildId?: string;
  apiBase: string;
}

/** Replaces the application's commands with `commands` in one PUT; returns how many Discord stored. */
export async function deployCommands(
  target: DeployTarget,
  commands: readonly Command[],
): Promise<number> {
  const rest = new REST({ api: target.apiBase }).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const stored = (await rest.put(route, {
    body: commands.map((c) => c.data.toJSON()),
  })) as unknown[];
  return stored.length;
}
