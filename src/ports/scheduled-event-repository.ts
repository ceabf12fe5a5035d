/** A scheduled event the bot made: which occurrence, Discord's id, and (by hash) what it said. */
export interface StoredEvent {
  key: string;
  eventId: string;
  hash: string;
}

export interface ScheduledEventRepository {
  list(guildId: string): Promise<StoredEvent[]>;
  save(guildId: string, event: StoredEvent): Promise<void>;
  remove(guildId: string, key: string): Promise<void>;
  /** Forgets a server's events: the bot left it and can no longer change them. */
  removeGuild(guildId: string): Promise<number>;
  /** Servers where the bot keeps events, or should (an active subscription asks for them). */
  guilds(): Promise<string[]>;
}
