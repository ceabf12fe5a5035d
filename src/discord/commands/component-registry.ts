import type { ComponentHandler } from "../component.js";

/** Every component handler the bot has, each routed by its custom_id prefix. */
export const COMPONENT_HANDLERS: readonly ComponentHandler[] = [];
