import {
  ChannelFlags,
  ChannelType,
  type ForumChannel,
  PermissionFlagsBits,
  type ApplicationCommandOptionAllowedChannelTypes,
  type GuildBasedChannel,
  type GuildMember,
  type Role,
} from "discord.js";
import { localText, type LocalText } from "../i18n/translate.js";

/** The channels a subscription may post to: text, announcement and forum channels, and threads. */
export const POSTABLE_CHANNEL_TYPES = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.GuildForum,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
] as const satisfies readonly ApplicationCommandOptionAllowedChannelTypes[];

const POSTABLE = new Set<ChannelType>(POSTABLE_CHANNEL_TYPES);

/** What a subscription asks of its channel besides messages: a thread on each post; its forum tags. */
export interface PostShape {
  thread: boolean;
  /** The tags its forum posts carry, in its language. */
  tags: string[];
}

/**
 * Why the bot could not post to `channel` (mentioning `role`), or null when it can: the channel must
 * take messages, and the bot needs View Channel, Send Messages (in Threads, for a thread), Embed Links
 * and Read Message History there (to find a post whose answer was lost before sending it again), and may
 * mention the role only if it is mentionable or the bot may mention everyone. A thread on each post
 * needs Create Public Threads (and a channel that is not a thread); a forum post, Send Messages, and
 * Send Messages in Threads for its further messages; a forum that requires tags, the tags or Manage
 * Channels to add them (https://discord.com/developers/docs/topics/threads#forums,
 * https://discord.com/developers/docs/resources/channel#modify-channel).
 */
export function whyCannotPost(
  channel: GuildBasedChannel,
  me: GuildMember,
  role: Role | null,
  shape: PostShape = { thread: false, tags: [] },
): LocalText | null {
  const where = { channel: `<#${channel.id}>` };
  if (!POSTABLE.has(channel.type)) return localText("error.cannotTakePosts", where);
  if (shape.thread && channel.isThread()) return localText("error.threadInThread", where);
  const forum = channel.type === ChannelType.GuildForum;
  const needed: [bigint, LocalText][] = [
    [PermissionFlagsBits.EmbedLinks, localText("permission.embedLinks")],
    [PermissionFlagsBits.ReadMessageHistory, localText("permission.readMessageHistory")],
  ];
  if (forum)
    needed.push([
      PermissionFlagsBits.SendMessagesInThreads,
      localText("permission.sendMessagesInThreads"),
    ]);
  else if (shape.thread)
    needed.push([
      PermissionFlagsBits.CreatePublicThreads,
      localText("permission.createPublicThreads"),
    ]);
  const missing = missingToPost(channel, me, role, needed);
  if (missing.length) return localText("error.botLacks", { ...where, missing });
  if (forum && lacksRequiredTags(channel, me, shape.tags))
    return localText("error.forumNeedsTags", { ...where, tags: shape.tags.join(", ") });
  return null;
}

/** A forum that requires a tag on each post, has none of ours, and the bot may not add them. */
function lacksRequiredTags(channel: ForumChannel, me: GuildMember, tags: string[]): boolean {
  if (!channel.flags.has(ChannelFlags.RequireTag)) return false;
  if (channel.permissionsFor(me).has(PermissionFlagsBits.ManageChannels)) return false;
  return !channel.availableTags.some((t) => tags.includes(t.name));
}

/**
 * What `who` lacks to post in `channel` (View Channel, Send Messages or Send Messages in Threads, and
 * Mention Everyone for a role that is not mentionable), plus `also`; names in Discord's words.
 */
export function missingToPost(
  channel: GuildBasedChannel,
  who: GuildMember,
  role: Role | null,
  also: [bigint, LocalText][] = [],
): LocalText[] {
  const needed: [bigint, LocalText][] = [
    [PermissionFlagsBits.ViewChannel, localText("permission.viewChannel")],
    channel.isThread()
      ? [PermissionFlagsBits.SendMessagesInThreads, localText("permission.sendMessagesInThreads")]
      : [PermissionFlagsBits.SendMessages, localText("permission.sendMessages")],
    ...also,
  ];
  if (role && !role.mentionable)
    needed.push([
      PermissionFlagsBits.MentionEveryone,
      localText("permission.mentionEveryone", { role: role.name }),
    ]);
  const permissions = channel.permissionsFor(who);
  return needed.filter(([flag]) => !permissions.has(flag)).map(([, name]) => name);
}

/**
 * Why the live message could not be pinned in `channel`, or null: the bot needs Pin Messages — since
 * 23 February 2026 Manage Messages alone no longer lets anyone pin (Discord's change log, 24 November
 * 2025) — and so does the admin it acts for.
 */
export function whyCannotPin(
  channel: GuildBasedChannel,
  me: GuildMember,
  member: GuildMember,
): LocalText | null {
  const where = { channel: `<#${channel.id}>` };
  if (!channel.permissionsFor(me).has(PermissionFlagsBits.PinMessages))
    return localText("error.botPinMessages", where);
  if (!channel.permissionsFor(member).has(PermissionFlagsBits.PinMessages))
    return localText("error.memberPinMessages", where);
  return null;
}
