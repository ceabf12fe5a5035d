import {
  ChannelType,
  PermissionFlagsBits,
  type GuildBasedChannel,
  type GuildMember,
  type Role,
} from "discord.js";

const POSTABLE = new Set([
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
]);

/**
 * Why the bot could not post to `channel` (mentioning `role`), or null when it can: the channel must
 * take messages, and the bot needs View Channel, Send Messages (in Threads, for a thread), Embed Links
 * and Read Message History there (to find a post whose answer was lost before sending it again), and may
 * mention the role only if it is mentionable or the bot may mention everyone.
 */
export function whyCannotPost(
  channel: GuildBasedChannel,
  me: GuildMember,
  role: Role | null,
): string | null {
  if (!POSTABLE.has(channel.type)) {
    return `<#${channel.id}> cannot take posts. Choose a text or announcement channel, or a thread.`;
  }
  const missing = missingToPost(channel, me, role, [
    [PermissionFlagsBits.EmbedLinks, "Embed Links"],
    [PermissionFlagsBits.ReadMessageHistory, "Read Message History"],
  ]);
  return missing.length
    ? `I can't post in <#${channel.id}>: I am missing ${missing.join(", ")} there. Grant it, then try again.`
    : null;
}

/**
 * What `who` lacks to post in `channel` (View Channel, Send Messages or Send Messages in Threads, and
 * Mention Everyone for a role that is not mentionable), plus `also`; names in Discord's words.
 */
export function missingToPost(
  channel: GuildBasedChannel,
  who: GuildMember,
  role: Role | null,
  also: [bigint, string][] = [],
): string[] {
  const needed: [bigint, string][] = [
    [PermissionFlagsBits.ViewChannel, "View Channel"],
    channel.isThread()
      ? [PermissionFlagsBits.SendMessagesInThreads, "Send Messages in Threads"]
      : [PermissionFlagsBits.SendMessages, "Send Messages"],
    ...also,
  ];
  if (role && !role.mentionable)
    needed.push([
      PermissionFlagsBits.MentionEveryone,
      `Mention @everyone, @here and All Roles (to mention @${role.name}, which is not mentionable)`,
    ]);
  const permissions = channel.permissionsFor(who);
  return needed.filter(([flag]) => !permissions.has(flag)).map(([, name]) => name);
}
