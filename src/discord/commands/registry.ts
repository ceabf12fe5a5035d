import type { Command } from "../command.js";
import { about } from "./about.js";
import { calendar } from "./calendar.js";
import { serverDates } from "./server-dates/server-dates-command.js";
import { dayoff } from "./dayoff.js";
import { event } from "./event.js";
import { help } from "./help.js";
import { next } from "./next.js";
import { on } from "./on.js";
import { remind } from "./remind/remind-command.js";
import { search } from "./search.js";
import { setup } from "./setup/setup-command.js";
import { subscription } from "./subscription/subscription-command.js";
import { today } from "./today.js";

/** Every slash command the bot has. */
export const COMMANDS: readonly Command[] = [
  today,
  next,
  on,
  dayoff,
  event,
  search,
  calendar,
  about,
  help,
  setup,
  subscription,
  serverDates,
  remind,
];
