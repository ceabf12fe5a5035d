import type { Guild, GuildBasedChannel, GuildMember } from "discord.js";
import { localText } from "../../../i18n/translate.js";
import { conflict, notFound } from "../../../errors/app-error.js";
import { missingToPost, whyCannotPin, whyCannotPost } from "../../subscription-permissions.js";
import { KINDS } from "../../../model/calendar-schema.js";
import type { Subscription } from "../../../model/subscription-model.js";
import { tagName } from "../../../render/thread-name.js";

/** What of a subscription its channel is checked for. */
export type PostSettings = Pick<Subscription, "roleId" | "threadArchive" | "kinds" | "language">;

/**
 * The channel a subscription posts to, checked; an AppError says what is missing. The bot acts
 * for `member` (when given): the member must be able to see and post in the channel, and to mention a
 * role that is not mentionable, as if they were posting themselves — and, with `pin`, to pin there.
 */
export function channelToPost(
  guild: Guild,
  channelId: string,
  settings: PostSettings,
  member?: GuildMember,
  pin = false,
): GuildBasedChannel {
  const channel = guild.channels.cache.get(channelId);
  if (!channel) throw notFound(localText("error.channelGone", { channel: `<#${channelId}>` }));
  const { roleId } = settings;
  const role = roleId ? (guild.roles.cache.get(roleId) ?? null) : null;
  const tags = (settings.kinds.length ? settings.kinds : KINDS).map((kind) =>
    tagName(kind, settings.language),
  );
  const shape = { thread: settings.threadArchive !== null, tags };
  const problem = whyCannotPost(channel, guild.members.me!, role, shape);
  if (problem) throw conflict(problem);
  if (!member) return channel;
  const missing = missingToPost(channel, member, role);
  if (missing.length)
    throw conflict(localText("error.memberLacks", { channel: `<#${channel.id}>`, missing }));
  const unpinnable = pin && whyCannotPin(channel, guild.members.me!, member);
  if (unpinnable) throw conflict(unpinnable);
  return channel;
}
