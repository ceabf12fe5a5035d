import type { ServerDate, ServerDateFields } from "../model/server-date-model.js";

/** A server already has as many dates as it may. */
export class ServerDateCap extends Error {
  override name = "ServerDateCap";
}

export interface ServerDateRepository {
  /** Adds one, unless the server has MAX_SERVER_DATES already (ServerDateCap), even when adds race. */
  add(date: ServerDate): Promise<ServerDate>;
  get(guildId: string, id: string): Promise<ServerDate | undefined>;
  list(guildId: string): Promise<ServerDate[]>;
  update(
    guildId: string,
    id: string,
    fields: Partial<ServerDateFields>,
  ): Promise<ServerDate | undefined>;
  remove(guildId: string, id: string): Promise<boolean>;
  removeGuild(guildId: string): Promise<number>;
  /** The dates of these servers, by server (those without any are left out). */
  forGuilds(guildIds: readonly string[]): Promise<Map<string, ServerDate[]>>;
  /** Every server that has dates of its own. */
  guilds(): Promise<string[]>;
}
