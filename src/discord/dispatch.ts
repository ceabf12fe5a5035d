import { MessageFlags, type ChatInputCommandInteraction, type Interaction } from "discord.js";
import type { Logger } from "../log/logger.js";
import type { InteractionOutcome } from "../observability/metrics.js";
import { isStoreUnavailable } from "../ports/store-unavailable.js";
import { inLanguage, translate } from "../i18n/translate.js";
import {
  replyLanguage,
  unmetRequirement,
  UserInputError,
  type BotContext,
  type Command,
} from "./command.js";
import { NO_MENTIONS, replyWith } from "./reply-with.js";

/** Told how long each command took, from its arrival to its answer, and how it ended. */
export type InteractionObserver = (
  command: string,
  outcome: InteractionOutcome,
  seconds: number,
) => void;

/**
 * Routes an interaction to its command, deferring the answer of one that may wait; user errors and
 * failures get an ephemeral answer, never a stack trace.
 */
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
  const context = { interactionId: interaction.id, command: interaction.commandName };
  const ended = (outcome: InteractionOutcome) =>
    observe(interaction.commandName, outcome, (performance.now() - started) / 1000);
  try {
    if (!command) throw new Error(`unknown command /${interaction.commandName}`);
    const unmet = unmetRequirement(command.requires, interaction);
    if (unmet) throw new UserInputError(unmet);
    if (command.mayWait && !(await deferred(interaction, log))) return ended("failed");
    await command.execute(interaction, ctx);
    ended("answered");
    log.debug({ ...context, ms: Math.round(performance.now() - started) }, "command answered");
  } catch (error) {
    const userError = error instanceof UserInputError;
    const unavailable = !userError && isStoreUnavailable(error);
    if (unavailable) log.warn({ ...context, err: error }, "command failed: store unavailable");
    else if (!userError) log.error({ ...context, err: error }, "command failed");
    const lang = replyLanguage(interaction);
    const content = userError
      ? inLanguage(lang, error.text)
      : translate(lang, unavailable ? "error.storeUnavailable" : "error.apology");
    // Discord takes one first answer and refuses a second (40060): an error after a deferral edits
    // it, one after an answer follows it.
    const send = interaction.replied
      ? interaction.followUp({
          content,
          allowedMentions: NO_MENTIONS,
          flags: MessageFlags.Ephemeral,
        })
      : replyWith(interaction, { content, ephemeral: true });
    await send.catch((replyError: unknown) =>
      log.warn({ err: replyError, interactionId: interaction.id }, "could not answer"),
    );
    ended(userError ? "refused" : "failed");
  }
}

/**
 * Acknowledges a command that may wait at once, privately. When Discord does not take it (the
 * deadline passed, Discord is unreachable) its user already reads that the application did not
 * respond, so nothing is done: a change they believe failed is not made behind their back.
 */
async function deferred(interaction: ChatInputCommandInteraction, log: Logger): Promise<boolean> {
  try {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    return true;
  } catch (error) {
    log.warn(
      { err: error, interactionId: interaction.id, command: interaction.commandName },
      "could not defer the answer; the command was not run",
    );
    return false;
  }
}
