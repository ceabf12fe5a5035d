import { snowflake } from "./snowflake.js";
import type { FakeTag } from "./threads.js";

// Permission bits as Discord defines them.
export const PERMISSIONS = {
  VIEW_CHANNEL: 1n << 10n,
  SEND_MESSAGES: 1n << 11n,
  EMBED_LINKS: 1n << 14n,
  READ_MESSAGE_HISTORY: 1n << 16n,
  MENTION_EVERYONE: 1n << 17n,
  MANAGE_GUILD: 1n << 5n,
  ADMINISTRATOR: 1n << 3n,
  SEND_MESSAGES_IN_THREADS: 1n << 38n,
  CREATE_PUBLIC_THREADS: 1n << 35n,
  MANAGE_CHANNELS: 1n << 4n,
  MANAGE_EVENTS: 1n << 33n,
  CREATE_EVENTS: 1n << 44n,
  USE_EXTERNAL_APPS: 1n << 50n,
  PIN_MESSAGES: 1n << 51n,
  MANAGE_MESSAGES: 1n << 13n,
} as const;

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  public_flags: number;
  flags: number;
  primary_guild: null;
  bot?: boolean;
}

export interface FakeChannel {
  id: string;
  guild_id: string;
  name: string;
  /** 0 text, 5 announcement, 11 public thread, 2 voice */
  type: number;
  position: number;
  flags: number;
  permission_overwrites: { id: string; type: 0 | 1; allow: string; deny: string }[];
  parent_id?: string | null;
  /** A forum's tags (threads.ts). */
  available_tags?: FakeTag[];
}

export interface FakeRole {
  id: string;
  name: string;
  permissions: string;
  position: number;
  color: number;
  hoist: boolean;
  managed: boolean;
  mentionable: boolean;
  flags: number;
}

export interface FakeGuild {
  id: string;
  name: string;
  owner_id: string;
  roles: FakeRole[];
  channels: FakeChannel[];
  /** Role ids the bot's member has (besides @everyone). */
  botRoles: string[];
  /** The server's preferred locale (community servers choose it; Discord's default is en-US). */
  preferredLocale?: string;
}

export function makeUser(username: string, bot = false): FakeUser {
  return {
    id: snowflake(),
    username,
    global_name: username,
    discriminator: "0",
    avatar: null,
    public_flags: 0,
    flags: 0,
    primary_guild: null,
    ...(bot ? { bot: true } : {}),
  };
}

const DEFAULT_EVERYONE =
  PERMISSIONS.VIEW_CHANNEL |
  PERMISSIONS.SEND_MESSAGES |
  PERMISSIONS.EMBED_LINKS |
  PERMISSIONS.READ_MESSAGE_HISTORY;

export function makeGuild(
  name: string,
  ownerId: string,
  channelNames: string[] = ["general"],
): FakeGuild {
  const id = snowflake();
  return {
    id,
    name,
    owner_id: ownerId,
    roles: [
      {
        id,
        name: "@everyone",
        permissions: DEFAULT_EVERYONE.toString(),
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: channelNames.map((channelName, position) => ({
      id: snowflake(),
      guild_id: id,
      name: channelName,
      type: 0,
      position,
      flags: 0,
      permission_overwrites: [],
    })),
    botRoles: [],
  };
}

export function addRole(guild: FakeGuild, name: string, mentionable: boolean): FakeRole {
  const role: FakeRole = {
    id: snowflake(),
    name,
    permissions: "0",
    position: guild.roles.length,
    color: 0,
    hoist: false,
    managed: false,
    mentionable,
    flags: 0,
  };
  guild.roles.push(role);
  return role;
}

export function memberPayload(user: FakeUser, roles: string[] = [], permissions?: bigint) {
  return {
    user,
    roles,
    joined_at: "2026-01-01T00:00:00.000Z",
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    banner: null,
    communication_disabled_until: null,
    premium_since: null,
    pending: false,
    ...(permissions === undefined ? {} : { permissions: permissions.toString() }),
  };
}

/**
 * An embed as Discord stores and answers it: unset (null) fields left out, `type` "rich" unless
 * given, and each field's `inline` false unless set
 * (https://discord.com/developers/docs/resources/message#embed-object).
 */
export function embedPayload(embed: unknown) {
  const given = Object.fromEntries(
    Object.entries(embed as Record<string, unknown>).filter(
      ([, v]) => v !== null && v !== undefined,
    ),
  ) as { type?: string; fields?: { inline?: boolean | null }[] };
  return {
    ...given,
    type: given.type ?? "rich",
    ...(given.fields
      ? { fields: given.fields.map((f) => ({ ...f, inline: f.inline ?? false })) }
      : {}),
  };
}

/** A role as Discord answers it (https://discord.com/developers/docs/topics/permissions#role-object). */
function rolePayload(role: FakeRole) {
  return {
    ...role,
    colors: { primary_color: role.color, secondary_color: null, tertiary_color: null },
    icon: null,
    unicode_emoji: null,
  };
}

/** A guild as `GET /guilds/{id}` answers it (https://discord.com/developers/docs/resources/guild#get-guild). */
export function guildPayload(guild: FakeGuild) {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    home_header: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.owner_id,
    region: "deprecated",
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: guild.roles.map(rolePayload),
    max_presences: null,
    max_members: 500_000,
    max_stage_video_channel_users: 50,
    max_video_channel_users: 25,
    premium_subscription_count: 0,
    safety_alerts_channel_id: null,
    nsfw: false,
    incidents_data: null,
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: guild.preferredLocale ?? "en-US",
    public_updates_channel_id: null,
    nsfw_level: 0,
    stickers: [],
    premium_progress_bar_enabled: false,
  };
}

/** GUILD_CREATE: the guild, and the fields only the gateway sends (https://discord.com/developers/docs/events/gateway-events#guild-create). */
export function guildCreatePayload(guild: FakeGuild, bot: FakeUser) {
  return {
    ...guildPayload(guild),
    joined_at: "2026-01-01T00:00:00.000Z",
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [memberPayload(bot, guild.botRoles)],
    channels: guild.channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}
