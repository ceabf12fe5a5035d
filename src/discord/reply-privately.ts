import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { NO_MENTIONS } from "./reply-with.js";

/** Admin answers are ephemeral: they are for the admin, not for the channel. */
export async function replyPrivately(
  interaction: ChatInputCommandInteraction,
  content: string,
): Promise<void> {
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
