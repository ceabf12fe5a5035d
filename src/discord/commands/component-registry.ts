import type { ComponentHandler } from "../component.js";
import { remindMe } from "./remind/remind-me-button.js";

/** Every component handler the bot has, each routed by its custom_id prefix. */
export const COMPONENT_HANDLERS: readonly ComponentHandler[] = [remindMe];
