import type {
  AnySelectMenuInteraction,
  ButtonInteraction,
  ModalSubmitInteraction,
} from "discord.js";
import type { ServiceName, Services } from "./command-services.js";
import type { Requirements } from "./command.js";
import { localText } from "../i18n/translate.js";
import { conflict } from "../errors/app-error.js";

/** A press on a button, a choice in a select menu, or a modal's submit. */
export type ComponentInteraction =
  ButtonInteraction | AnySelectMenuInteraction | ModalSubmitInteraction;

/**
 * What handles the components whose custom_id starts with `prefix:` — declared as commands are: what
 * it requires, the services it uses, whether dispatch acknowledges it at once (mayWait).
 */
export interface ComponentHandler<K extends ServiceName = ServiceName> {
  prefix: string;
  requires?: Requirements;
  /**
   * The handler waits on the store or on Discord: dispatch acknowledges the interaction at once with a
   * deferred update (the message stays as it is), and the handler edits it later (`updateMessage`).
   */
  mayWait?: boolean;
  uses?: readonly K[];
  /** `args`: the custom_id's parts after its prefix and owner. */
  handle(
    interaction: ComponentInteraction,
    args: readonly string[],
    services: Services<K>,
  ): Promise<void>;
}

/** A component handler, its services inferred from `uses`. */
export const componentHandler = <K extends ServiceName>(
  definition: ComponentHandler<K>,
): ComponentHandler<K> => definition;

/** Discord's limit on a custom_id (https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id). */
const CUSTOM_ID_MAX = 100;

/**
 * A component's custom_id: `prefix:owner:arg…`. `owner` is the member the component answers (the one
 * who ran the command), or null when anyone may use it. Parts may not contain ":".
 */
export function customId(prefix: string, owner: string | null, ...args: string[]): string {
  const parts = [prefix, owner ?? "", ...args];
  if (parts.some((part) => part.includes(":")))
    throw new Error(`a custom_id part holds ":": ${parts.join(" | ")}`);
  const id = parts.join(":");
  if (id.length > CUSTOM_ID_MAX)
    throw new Error(`custom_id over ${CUSTOM_ID_MAX} characters: ${id}`);
  return id;
}

/** A custom_id read back: its prefix, its owner (null: anyone), its arguments. */
export function readCustomId(id: string): {
  prefix: string;
  owner: string | null;
  args: string[];
} {
  const [prefix = "", owner = "", ...args] = id.split(":");
  return { prefix, owner: owner || null, args };
}

/**
 * The refusal for a component nothing answers any more: its state is gone (a restart, an expiry) or
 * the bot no longer knows its custom_id.
 */
export const expired = () => conflict(localText("error.componentExpired"));
