import type { ComponentHandler } from "../component.js";
import { pagingButtons } from "./paging-buttons.js";
import { remindMe } from "./remind/remind-me-button.js";
import { setupComponents } from "./setup/setup-components.js";
import { confirmRemoval } from "./confirm-removal.js";

/** Every component handler the bot has, each routed by its custom_id prefix. */
export const COMPONENT_HANDLERS: readonly ComponentHandler[] = [
  confirmRemoval,
  pagingButtons,
  remindMe,
  setupComponents,
];
