import type { Clock } from "../clock/clock.js";
import { loadCalendar } from "../calendar/load.js";
import { createSearchIndex } from "../calendar/search-index.js";
import type { Config } from "../config/env.js";
import { lookUps } from "../lookup/look-ups.js";
import type { CommandContext } from "./commands.js";

export function createCommandContext(config: Config, clock: Clock): CommandContext {
  const calendar = loadCalendar(config.DATA_DIR);
  const index = createSearchIndex(calendar);
  return {
    calendar,
    index,
    lookUps: lookUps(calendar, index),
    clock,
    defaultZone: config.DEFAULT_TIMEZONE,
    defaultLanguage: config.DEFAULT_LANGUAGE,
  };
}
