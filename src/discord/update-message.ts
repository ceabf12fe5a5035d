import type {
  APIEmbed,
  ActionRowBuilder,
  EmbedBuilder,
  MessageActionRowComponentBuilder,
} from "discord.js";
import type { ComponentInteraction } from "./component.js";
import { NO_MENTIONS } from "./reply-with.js";

/** A message a component turns its own message into. */
export interface MessageUpdate {
  content?: string;
  embeds?: (EmbedBuilder | APIEmbed)[];
  /** The rows of components left on it; none takes them all away. */
  components?: ActionRowBuilder<MessageActionRowComponentBuilder>[];
}

/**
 * Edits the message the component is on: at once (UPDATE_MESSAGE), or — when dispatch acknowledged
 * it first (a handler that may wait) — by editing the original message the deferred update kept.
 */
export async function updateMessage(
  interaction: ComponentInteraction,
  update: MessageUpdate,
): Promise<void> {
  const message = { ...update, allowedMentions: NO_MENTIONS };
  if (interaction.deferred || interaction.replied) await interaction.editReply(message);
  else if (interaction.isMessageComponent() || interaction.isFromMessage())
    await interaction.update(message);
  else throw new Error(`modal ${interaction.customId} was not opened from a message`);
}
