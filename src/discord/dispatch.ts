import { MessageFlags, type ChatInputCommandInteraction, type Interaction } from "discord.js";
import type { Logger } from "../log/logger.js";
import type { InteractionOutcome } from "../observability/metrics.js";
import { isStoreUnavailable } from "../ports/store-unavailable.js";
import { AppError, conflict, unavailable } from "../errors/app-error.js";
import { inLanguage, localText, translate } from "../i18n/translate.js";
import { lenientReplyLanguage, unmetRequirement, type Command } from "./command.js";
import { servicesFor, type CommandServices } from "./command-services.js";
import { NO_MENTIONS, replyWith } from "./reply-with.js";

/** Told how long each command took, from its arrival to its answer, and how it ended. */
export type InteractionObserver = (
  command: string,
  outcome: InteractionOutcome,
  seconds: number,
) => void;

/**
 * Routes an interaction to its command, with only the services it declared, deferring the answer of
 * one that may wait. An AppError is told to the user in their language, here and nowhere else; a
 * failure gets an apology, never a stack trace; both privately.
 */
export async function dispatchInteraction(
  interaction: Interaction,
  commands: ReadonlyMap<string, Command>,
  services: CommandServices,
  log: Logger,
  observe: InteractionObserver = () => undefined,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = commands.get(interaction.commandName);
    // No choices for someone who may not run the command (nothing about the server leaks).
    if (unmetRequirement(command?.requires, interaction))
      return void (await interaction.respond([]).catch(() => undefined));
    try {
      if (command?.autocomplete)
        await command.autocomplete(interaction, servicesFor(services, command.uses ?? []));
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
    if (unmet) throw conflict(unmet);
    if (command.mayWait && !(await deferred(interaction, log))) return ended("failed");
    await command.execute(interaction, servicesFor(services, command.uses ?? []));
    ended("answered");
    log.debug({ ...context, ms: Math.round(performance.now() - started) }, "command answered");
  } catch (error) {
    const refusal = asAppError(error);
    if (refusal?.kind === "unavailable")
      log.warn({ ...context, err: error }, "command failed: store unavailable");
    else if (!refusal) log.error({ ...context, err: error }, "command failed");
    const lang = lenientReplyLanguage(interaction);
    const content = refusal ? inLanguage(lang, refusal.text) : translate(lang, "error.apology");
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
    ended(refusal && refusal.kind !== "unavailable" ? "refused" : "failed");
  }
}

/** The error as the app tells it — a store that cannot serve now is "unavailable" — or null for a fault. */
function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  return isStoreUnavailable(error) ? unavailable(localText("error.storeUnavailable")) : null;
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
