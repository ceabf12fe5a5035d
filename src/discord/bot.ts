import { Client, Events, GatewayIntentBits } from "discord.js";
import type { Logger } from "../log/logger.js";
import type { BotContext, Command } from "./command.js";
import { dispatchInteraction } from "./dispatch.js";
import { NO_MENTIONS } from "./reply.js";

export interface BotOptions {
  token: string;
  apiBase: string;
  ctx: BotContext;
  commands: readonly Command[];
  log: Logger;
}

export interface Bot {
  client: Client;
  stop(): Promise<void>;
}

/** Logs in and answers interactions; resolves once the client is ready. */
export async function startBot({ token, apiBase, ctx, commands, log }: BotOptions): Promise<Bot> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: apiBase },
    allowedMentions: NO_MENTIONS,
  });
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  client.on(
    Events.InteractionCreate,
    (interaction) => void dispatchInteraction(interaction, byName, ctx, log),
  );
  client.on(Events.Error, (error) => log.error({ err: error }, "discord client error"));
  // Leaving a server, or losing a channel, ends the subscriptions that posted there.
  const forget = (what: string, work: () => Promise<number>) =>
    void work().then(
      (removed) => removed && log.info({ what, removed }, "subscriptions removed"),
      (error: unknown) => log.error({ err: error, what }, "could not remove subscriptions"),
    );
  client.on(Events.GuildDelete, (guild) =>
    forget(`guild ${guild.id}`, () => ctx.subscriptions.removeGuild(guild.id)),
  );
  client.on(Events.ChannelDelete, (channel) =>
    forget(`channel ${channel.id}`, () => ctx.subscriptions.removeChannel(channel.id)),
  );
  client.on(Events.ThreadDelete, (thread) =>
    forget(`thread ${thread.id}`, () => ctx.subscriptions.removeChannel(thread.id)),
  );
  client.on(Events.Debug, (message) => log.trace({ discord: message }, "discord debug"));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, "connected to Discord");
  return {
    client,
    async stop() {
      await client.destroy();
      log.info("disconnected from Discord");
    },
  };
}
