import { MessageFlags, type Interaction } from "discord.js";
import type { Logger } from "../log/logger.js";
import type { InteractionOutcome } from "../observability/metrics.js";
import { isStoreUnavailable } from "../store/unavailable.js";
import { inLanguage, translate } from "../i18n/translate.js";
import {
  replyLanguage,
  unmetRequirement,
  UserInputError,
  type BotContext,
  type Command,
} from "./command.js";
import { NO_MENTIONS } from "./reply-with.js";

/** Told how long each command took, from its arrival to its answer, and how it ended. */
export type InteractionObserver = (
  command: string,
  outcome: InteractionOutcome,
  seconds: number,
) => void;

/** Routes an interaction to its command; user errors and failures get an ephemeral answer, never a stack trace. */
export async function dispatchInteraction(
  interaction: Interaction,
  commands: ReadonlyMap<string, Command>,
  ctx: BotContext,
  log: Logger,
  observe: InteractionObserver = () => undefined,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = commands.get(interaction.commandName);
    // No choices for someone who may not run the command (nothing about the server leaks).
    if (unmetRequirement(command?.requires, interaction))
      return void (await interaction.respond([]).catch(() => undefined));
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
    const unmet = unmetRequirement(command.requires, interaction);
    if (unmet) throw new UserInputError(unmet);
    await command.execute(interaction, ctx);
    observe(interaction.commandName, "answered", (performance.now() - started) / 1000);
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
    const unavailable = !userError && isStoreUnavailable(error);
    const context = { interactionId: interaction.id, command: interaction.commandName };
    if (unavailable) log.warn({ ...context, err: error }, "command failed: store unavailable");
    else if (!userError) log.error({ ...context, err: error }, "command failed");
    const lang = replyLanguage(interaction);
    const content = userError
      ? inLanguage(lang, error.text)
      : translate(lang, unavailable ? "error.storeUnavailable" : "error.apology");
    const answer = { content, allowedMentions: NO_MENTIONS };
    const send =
      interaction.replied || interaction.deferred
        ? interaction.followUp({ ...answer, flags: MessageFlags.Ephemeral })
        : interaction.reply({ ...answer, flags: MessageFlags.Ephemeral });
    await send.catch((replyError: unknown) =>
      log.warn({ err: replyError, interactionId: interaction.id }, "could not answer"),
    );
    observe(
      interaction.commandName,
      userError ? "refused" : "failed",
      (performance.now() - started) / 1000,
    );
  }
}
