import type { NewSubscription } from "../../src/ports/subscription-repository.js";
import { makeGuild, makeUser, PERMISSIONS } from "./fake-discord/fixtures.js";
import type { FakeDiscord, InteractionOption } from "./fake-discord/server.js";
import type { Subscription } from "../../src/model/subscription-model.js";
import { newSubscription } from "./helpers.js";
import type { Harness } from "./bot-harness.js";
import { openDatabase, type OpenOptions } from "../../src/store/open.js";
import { subscriptionRepository } from "../../src/store/subscriptions.js";

/** Zones with whole, half- and quarter-hour offsets, and one (Chatham, +12:45/+13:45) with DST. */
export const ZONES = [
  "Asia/Baku",
  "UTC",
  "America/New_York",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Chatham",
] as const;

/** Adds a subscription through the subscription service, as /subscription add does. */
export async function subscribe(
  h: Harness,
  fields: Partial<NewSubscription> & { channelId: string },
): Promise<Subscription> {
  const input: Partial<NewSubscription> = newSubscription({ guildId: h.guild.id, ...fields });
  delete input.id; // the service gives each subscription its id
  return h.context.subscriptionService.add(input as Omit<NewSubscription, "id">);
}

const ADMIN = PERMISSIONS.MANAGE_GUILD | PERMISSIONS.VIEW_CHANNEL | PERMISSIONS.SEND_MESSAGES;

/** An admin's `/subscription <subcommand>` in the harness's server, answered as the admin reads it. */
export const subscriptionCommand = (
  h: Harness,
  subcommand: string,
  options: InteractionOption[] = [],
) =>
  h.discord.answer({
    name: "subscription",
    permissions: ADMIN,
    options: [{ name: subcommand, type: 1, options }],
  });

/** The message posts the bot made to a channel (requests, in order), with their answers' status. */
export function posts(h: Harness, channelId: string) {
  return h.discord.seen("POST", new RegExp(`^/channels/${channelId}/messages$`));
}

/** Messages that exist in a channel on the server (a repeated nonce makes none). */
export function messages(h: Harness, channelId: string) {
  return h.discord.messages.get(channelId) ?? [];
}

export interface Target {
  guildId: string;
  channelId: string;
}

/** `count` channels spread over new guilds of at most 25 (a server's cap on subscriptions). */
export function addChannels(discord: FakeDiscord, count: number): Target[] {
  const targets: Target[] = [];
  for (let g = 0; targets.length < count; g++) {
    const names = Array.from(
      { length: Math.min(25, count - targets.length) },
      (_, i) => `g${g}-c${i}`,
    );
    const guild = discord.addGuild(makeGuild(`guild ${g}`, makeUser("owner").id, names));
    targets.push(...guild.channels.map((c) => ({ guildId: guild.id, channelId: c.id })));
  }
  return targets;
}

/** Subscribes each target straight in the store, as their servers' admins had (ids s0, s1, …). */
export async function subscribeInStore(
  databaseUrl: string,
  targets: readonly Target[],
  options: OpenOptions = {},
): Promise<void> {
  const { db } = await openDatabase(databaseUrl, options);
  const subscriptions = subscriptionRepository(db);
  for (const [i, t] of targets.entries())
    await subscriptions.add(newSubscription({ id: `s${i}`, ...t }), "2026-11-01T00:00:00.000Z");
  await db.destroy();
}
