import { localDate } from "../../time/local-date.js";
import { replyLanguage, command, lookUpCommand } from "../command.js";
import { replyWithDay } from "../day-reply.js";
import { LANGUAGE } from "../language-option.js";
import { withOptions } from "../command-options.js";

export const today = command({
  uses: ["lookUps", "calendar", "clock", "zone"],
  data: withOptions(lookUpCommand("today"), LANGUAGE),
  execute: (interaction, services) =>
    replyWithDay(
      interaction,
      services,
      localDate(services.clock.now(), services.zone),
      replyLanguage(interaction),
    ),
});
