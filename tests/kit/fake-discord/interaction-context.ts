import { makeUser, memberPayload, type FakeGuild, type FakeUser } from "./fixtures.js";
import { snowflake } from "./snowflake.js";

/**
 * Where an interaction comes from, and through which installation of the app: Discord's interaction
 * context types (GUILD 0, BOT_DM 1, PRIVATE_CHANNEL 2 — a DM or group DM between users,
 * https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-context-types)
 * and installation contexts (GUILD_INSTALL, USER_INSTALL,
 * https://discord.com/developers/docs/resources/application#installation-context).
 */
export interface InteractionPlace {
  /** 0 a server (default), 1 the bot's DMs, 2 a DM or group DM between users. */
  context?: 0 | 1 | 2;
  /** A server's install (the default in a server) or the user's own (the default elsewhere). */
  install?: "guild" | "user";
  /** In context 2: a group DM rather than a DM with one other user. */
  groupDm?: boolean;
}

/** A command as the server stores it: the fields that say where Discord offers it. */
export interface StoredCommand {
  name: string;
  integration_types: number[];
  contexts: number[] | null;
}

const installOf = (place: InteractionPlace) =>
  place.install ?? ((place.context ?? 0) === 0 ? "guild" : "user");

const INSTALL_TYPE = { guild: 0, user: 1 } as const;

/**
 * Whether Discord offers a global command in a place: its `contexts` hold the place's context and its
 * `integration_types` the installation; PRIVATE_CHANNEL only through a user's install
 * (https://discord.com/developers/docs/interactions/application-commands#interaction-contexts).
 * `contexts` null is servers and the bot's DMs, not private channels, whatever the docs once said
 * (observed: discord-api-docs#6744, #7583). Discord's client does not show a command it does not
 * offer; one sent anyway is the bot's to refuse.
 */
export function offered(command: StoredCommand | undefined, place: InteractionPlace): boolean {
  if (!command) return false;
  const context = place.context ?? 0;
  const install = installOf(place);
  return (
    (command.contexts ?? [0, 1]).includes(context) &&
    command.integration_types.includes(INSTALL_TYPE[install]) &&
    (context !== 2 || install === "user")
  );
}

const USE_EXTERNAL_APPS = 1n << 50n;

/**
 * Whether Discord makes the answers ephemeral whatever the app asks: a user's install answering in a
 * server the app is not installed to, where the member lacks Use External Apps
 * (https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags).
 */
export function answersEphemeralOnly(
  payload: { guild_id?: string; member?: { permissions?: string } },
  botIsIn: (guildId: string) => boolean,
): boolean {
  if (payload.guild_id === undefined || botIsIn(payload.guild_id)) return false;
  return (BigInt(payload.member?.permissions ?? "0") & USE_EXTERNAL_APPS) === 0n;
}

const ATTACH_FILES = 1n << 15n;
const EMBED_LINKS = 1n << 14n;
const MENTION_EVERYONE = 1n << 17n;
const USE_EXTERNAL_EMOJIS = 1n << 18n;

/** @everyone's permissions in a channel: its role, then the channel's overwrite for it. */
function everyoneIn(guild: FakeGuild, channelId: string): bigint {
  const everyone = BigInt(guild.roles.find((r) => r.id === guild.id)?.permissions ?? "0");
  const overwrite = guild.channels
    .find((c) => c.id === channelId)
    ?.permission_overwrites.find((o) => o.id === guild.id);
  return overwrite ? (everyone & ~BigInt(overwrite.deny)) | BigInt(overwrite.allow) : everyone;
}

export interface PlaceInput extends InteractionPlace {
  guild: FakeGuild;
  channelId?: string;
  user: FakeUser;
  permissions?: bigint;
}

/**
 * The fields of an interaction that say where it comes from, as Discord sends them
 * (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-structure):
 * in a server `guild_id`, a partial `guild`, the channel and the invoking `member`; in a DM or group
 * DM no guild, `user` in place of `member` and a partial DM channel. `app_permissions`: the bot's in a
 * server it is in; @everyone's with Attach Files and Embed Links in one it is not in
 * (discord-api-docs#5316); Attach Files, Embed Links and Mention Everyone in (G)DMs with other users,
 * and Use External Emojis too in the bot's DMs (the structure's footnote). `authorizing_integration_owners`
 * names the installation: "0" the server (in the bot's DMs "0"), "1" the user (#authorizing-integration-owners-object).
 */
export function placeFields(input: PlaceInput, botIsIn: (guildId: string) => boolean) {
  const context = input.context ?? 0;
  const byUser = installOf(input) === "user";
  const owners = (guildOwner: string) => (byUser ? { "1": input.user.id } : { "0": guildOwner });
  if (context === 0) {
    const { guild } = input;
    const channel = guild.channels.find((c) => c.id === input.channelId) ?? guild.channels[0]!;
    const appPermissions = botIsIn(guild.id)
      ? 2147483647n
      : everyoneIn(guild, channel.id) | ATTACH_FILES | EMBED_LINKS;
    return {
      guild_id: guild.id,
      guild: { id: guild.id, locale: guild.preferredLocale ?? "en-US", features: [] },
      channel_id: channel.id,
      channel: { ...channel },
      member: memberPayload(input.user, [], input.permissions ?? 0n),
      app_permissions: appPermissions.toString(),
      guild_locale: guild.preferredLocale ?? "en-US",
      authorizing_integration_owners: owners(guild.id),
      context,
    };
  }
  const friend = makeUser("friend");
  const channel =
    context === 2 && input.groupDm
      ? { id: snowflake(), type: 3, flags: 0, name: "friends", owner_id: friend.id, icon: null }
      : { id: snowflake(), type: 1, flags: 0 };
  const recipients = context === 1 ? [input.user] : [friend];
  const appPermissions =
    ATTACH_FILES | EMBED_LINKS | MENTION_EVERYONE | (context === 1 ? USE_EXTERNAL_EMOJIS : 0n);
  return {
    channel_id: channel.id,
    channel: { ...channel, last_message_id: null, recipients },
    user: input.user,
    app_permissions: appPermissions.toString(),
    authorizing_integration_owners: owners("0"),
    context,
  };
}
