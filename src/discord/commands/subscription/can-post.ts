import type { Guild, GuildBasedChannel } from "discord.js";
import { UserInputError } from "../../command.js";
import { whyCannotPost } from "../../subscription-permissions.js";

/** The channel a subscription posts to, checked; a UserInputError says what is missing. */
export function channelToPost(
  guild: Guild,
  channelId: string,
  roleId: string | null,
): GuildBasedChannel {
  const channel = guild.channels.cache.get(channelId);
  if (!channel) throw new UserInputError(`<#${channelId}> no longer exists or I can't see it.`);
  const role = roleId ? (guild.roles.cache.get(roleId) ?? null) : null;
  const problem = whyCannotPost(channel, guild.members.me!, role);
  if (problem) throw new UserInputError(problem);
  return channel;
}
