import {
  MessageFlags,
  type AttachmentBuilder,
  type ChatInputCommandInteraction,
  type EmbedBuilder,
} from "discord.js";

/** Look-ups ping no one: no user, no role, no @everyone, whatever the text contains. */
export const NO_MENTIONS = { parse: [], users: [], roles: [], repliedUser: false } as const;

export async function replyWith(
  interaction: ChatInputCommandInteraction,
  reply: {
    content?: string;
    embeds?: EmbedBuilder[];
    files?: AttachmentBuilder[];
    ephemeral?: boolean;
  },
): Promise<void> {
  await interaction.reply({
    content: reply.content,
    embeds: reply.embeds?.slice(0, 10),
    files: reply.files,
    allowedMentions: NO_MENTIONS,
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  });
}
