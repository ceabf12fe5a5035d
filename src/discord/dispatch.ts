import {
  MessageFlags,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from "discord.js";
import type { Logger } from "../log/logger.js";
import type { InteractionOutcome } from "../observability/metrics.js";
import { isStoreUnavailable } from "../ports/store-unavailable.js";
import { AppError, conflict, unavailable } from "../errors/app-error.js";
import { inLanguage, localText, translate } from "../i18n/translate.js";
import { lenientReplyLanguage, unmetRequirement, type Command } from "./command.js";
import { servicesFor, type CommandServices } from "./command-services.js";
import {
  expired,
  readCustomId,
  type ComponentHandler,
  type ComponentInteraction,
} from "./component.js";
import { NO_MENTIONS, replyWith } from "./reply-with.js";

/** Told how long each command took, from its arrival to its answer, and how it ended. */
export type InteractionObserver = (
  command: string,
  outcome: InteractionOutcome,
  seconds: number,
) => void;

/** What answers interactions: the commands by name, the component handlers by custom_id prefix. */
export interface Handlers {
  commands: ReadonlyMap<string, Command>;
  components: ReadonlyMap<string, ComponentHandler>;
}

/**
 * Routes an interaction to its command or component handler, with only the services it declared,
 * acknowledging at once one that may wait. An AppError is told to the user in their language, here
 * and nowhere else; a failure gets an apology, never a stack trace; both privately.
 */
export async function dispatchInteraction(
  interaction: Interaction,
  handlers: Handlers,
  services: CommandServices,
  log: Logger,
  observe: InteractionObserver = () => undefined,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    const command = handlers.commands.get(interaction.commandName);
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
  if (interaction.isChatInputCommand()) {
    const command = handlers.commands.get(interaction.commandName);
    return answering(interaction, interaction.commandName, log, observe, async () => {
      if (!command) throw new Error(`unknown command /${interaction.commandName}`);
      const unmet = unmetRequirement(command.requires, interaction);
      if (unmet) throw conflict(unmet);
      if (command.mayWait && !(await deferred(interaction, log))) return false;
      await command.execute(interaction, servicesFor(services, command.uses ?? []));
      return true;
    });
  }
  if (interaction.isButton() || interaction.isAnySelectMenu() || interaction.isModalSubmit()) {
    const { prefix, owner, args } = readCustomId(interaction.customId);
    const handler = handlers.components.get(prefix);
    const name = `component:${handler ? prefix : "unknown"}`;
    return answering(interaction, name, log, observe, async () => {
      if (!handler) throw expired();
      const unmet = unmetRequirement(handler.requires, interaction);
      if (unmet) throw conflict(unmet);
      if (owner && owner !== interaction.user.id)
        throw conflict(localText("error.componentNotYours", { user: `<@${owner}>` }));
      if (handler.mayWait && !(await deferredUpdate(interaction, log))) return false;
      await handler.handle(interaction, args, servicesFor(services, handler.uses ?? []));
      return true;
    });
  }
}

/**
 * Runs what answers an interaction (false: it could not be acknowledged), observing how it ended;
 * an error is answered privately, in the user's language.
 */
async function answering(
  interaction: ChatInputCommandInteraction | ComponentInteraction,
  name: string,
  log: Logger,
  observe: InteractionObserver,
  run: () => Promise<boolean>,
): Promise<void> {
  const started = performance.now();
  const context = { interactionId: interaction.id, command: name };
  const ended = (outcome: InteractionOutcome) =>
    observe(name, outcome, (performance.now() - started) / 1000);
  try {
    if (!(await run())) return ended("failed");
    ended("answered");
    log.debug({ ...context, ms: Math.round(performance.now() - started) }, "command answered");
  } catch (error) {
    const refusal = asAppError(error);
    if (refusal?.kind === "unavailable")
      log.warn({ ...context, err: error }, "command failed: store unavailable");
    else if (!refusal) log.error({ ...context, err: error }, "command failed");
    const lang = lenientReplyLanguage(interaction);
    const content = refusal ? inLanguage(lang, refusal.text) : translate(lang, "error.apology");
    await answerPrivately(interaction, content).catch((replyError: unknown) =>
      log.warn({ err: replyError, interactionId: interaction.id }, "could not answer"),
    );
    ended(refusal && refusal.kind !== "unavailable" ? "refused" : "failed");
  }
}

/**
 * Discord takes one first answer and refuses a second (40060): an error after a command's deferral
 * edits it, one after an answer — or after a component's update, which is the message it is on —
 * follows it.
 */
function answerPrivately(interaction: RepliableInteraction, content: string): Promise<unknown> {
  const acknowledged = interaction.replied || (interaction.deferred && !interaction.isCommand());
  if (!acknowledged) return replyWith(interaction, { content, ephemeral: true });
  return interaction.followUp({
    content,
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  });
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
  return acknowledged(
    () => interaction.deferReply({ flags: MessageFlags.Ephemeral }),
    interaction,
    log,
  );
}

/** Acknowledges a component that may wait at once, leaving its message as it is (for now); as `deferred`. */
async function deferredUpdate(interaction: ComponentInteraction, log: Logger): Promise<boolean> {
  return acknowledged(() => interaction.deferUpdate(), interaction, log);
}

async function acknowledged(
  acknowledge: () => Promise<unknown>,
  interaction: RepliableInteraction,
  log: Logger,
): Promise<boolean> {
  try {
    await acknowledge();
    return true;
  } catch (error) {
    log.warn(
      { err: error, interactionId: interaction.id },
      "could not acknowledge the interaction; it was not run",
    );
    return false;
  }
}
