import {
  MessageFlags,
  type ActionRowBuilder,
  type MessageActionRowComponentBuilder,
  type APIEmbed,
  type AttachmentBuilder,
  type RepliableInteraction,
  type EmbedBuilder,
} from "discord.js";

/** Look-ups ping no one: no user, no role, no @everyone, whatever the text contains. */
export const NO_MENTIONS = { parse: [], users: [], roles: [], repliedUser: false } as const;

/**
 * Answers an interaction: with its reply, or — when dispatch deferred it (a command that may wait) —
 * by editing the deferral, which stays as private as it was deferred.
 */
export async function replyWith(
  interaction: RepliableInteraction,
  reply: {
    content?: string;
    embeds?: (EmbedBuilder | APIEmbed)[];
    files?: AttachmentBuilder[];
    components?: ActionRowBuilder<MessageActionRowComponentBuilder>[];
    ephemeral?: boolean;
  },
): Promise<void> {
  const message = {
    content: reply.content,
    embeds: reply.embeds?.slice(0, 10),
    files: reply.files,
    components: reply.components,
    allowedMentions: NO_MENTIONS,
  };
  if (interaction.deferred && !interaction.replied) await interaction.editReply(message);
  else
    await interaction.reply({
      ...message,
      ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    });
}
