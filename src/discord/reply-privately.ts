import type { ChatInputCommandInteraction } from "discord.js";
import { replyWith } from "./reply-with.js";

/** Admin answers are ephemeral: they are for the admin, not for the channel. */
export async function replyPrivately(
  interaction: ChatInputCommandInteraction,
  content: string,
): Promise<void> {
  await replyWith(interaction, { content, ephemeral: true });
}
