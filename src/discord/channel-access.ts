import {
  ChannelType,
  PermissionFlagsBits,
  Routes,
  type APIChannel,
  type APIGuild,
  type APIGuildMember,
  type APIOverwrite,
  type Client,
} from "discord.js";

/** A channel's type and what the bot may do in it. */
export interface ChannelAccess {
  type: ChannelType;
  /** The bot's permissions in the channel (a thread: those of its parent). */
  permissions: bigint;
}

const THREADS = new Set([
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

/**
 * Permissions in a channel as Discord computes them: @everyone and the member's roles, Administrator
 * for all, then the channel's overwrites — @everyone's, the roles' (denies, then allows), the member's
 * (https://discord.com/developers/docs/topics/permissions#permission-overwrites).
 */
export function permissionsIn(
  guild: Pick<APIGuild, "id" | "owner_id" | "roles">,
  member: { id: string; roles: readonly string[] },
  overwrites: readonly APIOverwrite[],
): bigint {
  if (guild.owner_id === member.id) return ~0n;
  const base = guild.roles
    .filter((role) => role.id === guild.id || member.roles.includes(role.id))
    .reduce((bits, role) => bits | BigInt(role.permissions), 0n);
  if (base & PermissionFlagsBits.Administrator) return ~0n;
  const of = (ids: readonly string[]) => overwrites.filter((o) => ids.includes(o.id));
  const apply = (bits: bigint, found: APIOverwrite[]) => {
    const deny = found.reduce((d, o) => d | BigInt(o.deny), 0n);
    const allow = found.reduce((a, o) => a | BigInt(o.allow), 0n);
    return (bits & ~deny) | allow;
  };
  return apply(apply(apply(base, of([guild.id])), of(member.roles)), of([member.id]));
}

/** A channel's type: from the cache, else over REST. */
export async function channelType(
  client: Client,
  channelId: string,
  signal?: AbortSignal,
): Promise<ChannelType> {
  const cached = client.channels.cache.get(channelId);
  if (cached) return cached.type;
  return ((await client.rest.get(Routes.channel(channelId), { signal })) as APIChannel).type;
}

/**
 * The channel as the bot sees it: from the client's cache when this process runs the channel's shard,
 * else over REST (the channel, its parent for a thread, the guild's roles, the bot's member), so that
 * any process can finish a post another began. Rejects as discord.js does (Unknown Channel: 10003).
 */
export async function channelAccess(
  client: Client,
  channelId: string,
  signal?: AbortSignal,
): Promise<ChannelAccess> {
  const me = client.user!.id;
  const cached = client.channels.cache.get(channelId);
  if (cached && !cached.isDMBased()) {
    const member = cached.guild.members.me;
    if (member) return { type: cached.type, permissions: cached.permissionsFor(member).bitfield };
  }
  const get = <T>(route: `/${string}`) => client.rest.get(route, { signal }) as Promise<T>;
  const channel = await get<APIChannel>(Routes.channel(channelId));
  const source =
    THREADS.has(channel.type) && "parent_id" in channel && channel.parent_id
      ? await get<APIChannel>(Routes.channel(channel.parent_id))
      : channel;
  if (!("guild_id" in source) || !source.guild_id) return { type: channel.type, permissions: 0n };
  const [guild, member] = await Promise.all([
    get<APIGuild>(Routes.guild(source.guild_id)),
    get<APIGuildMember>(Routes.guildMember(source.guild_id, me)),
  ]);
  const overwrites = "permission_overwrites" in source ? (source.permission_overwrites ?? []) : [];
  return {
    type: channel.type,
    permissions: permissionsIn(guild, { id: me, roles: member.roles }, overwrites),
  };
}
