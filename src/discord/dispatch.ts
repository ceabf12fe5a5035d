import { MessageFlags, type Interaction } from "discord.js";
import type { Logger } from "../log/logger.js";
import { UserInputError, type BotContext, type Command } from "./command.js";
import { NO_MENTIONS } from "./reply.js";

const APOLOGY =
  "Sorry, something went wrong on our side. It has been logged; please try again later.";

/** Routes an interaction to its command; user errors and failures get an ephemeral answer, never a stack trace. */
export async function dispatchInteraction(
  interaction: Interaction,
  commands: ReadonlyMap<string, Command>,
  ctx: BotContext,
  log: Logger,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = commands.get(interaction.commandName);
    try {
      await command?.autocomplete?.(interaction, ctx);
    } catch (error) {
      log.error(
        { err: error, interactionId: interaction.id, command: interaction.commandName },
        "autocomplete failed",
      );
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  const command = commands.get(interaction.commandName);
  const started = performance.now();
  try {
    if (!command) throw new Error(`unknown command /${interaction.commandName}`);
    await command.execute(interaction, ctx);
    log.debug(
      {
        interactionId: interaction.id,
        command: interaction.commandName,
        ms: Math.round(performance.now() - started),
      },
      "command answered",
    );
  } catch (error) {
    const userError = error instanceof UserInputError;
    if (!userError)
      log.error(
        { err: error, interactionId: interaction.id, command: interaction.commandName },
        "command failed",
      );
    const answer = { content: userError ? error.message : APOLOGY, allowedMentions: NO_MENTIONS };
    const send =
      interaction.replied || interaction.deferred
        ? interaction.followUp({ ...answer, flags: MessageFlags.Ephemeral })
        : interaction.reply({ ...answer, flags: MessageFlags.Ephemeral });
    await send.catch((replyError: unknown) =>
      log.warn({ err: replyError, interactionId: interaction.id }, "could not answer"),
    );
  }
}
