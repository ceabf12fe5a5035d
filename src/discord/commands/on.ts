import { localDate } from "../../time/local-date.js";
import { parseDateInput } from "../../time/parse-date.js";
import { invalid } from "../../errors/app-error.js";
import { replyLanguage, command, lookUpCommand } from "../command.js";
import { replyWithDay } from "../day-reply.js";
import { LANGUAGE } from "../language-option.js";
import { requiredValue, stringOption, withOptions } from "../command-options.js";

const DATE = stringOption("on.date", (o) => o.setRequired(true).setMaxLength(40));

export const on = command({
  uses: ["lookUps", "calendar", "clock", "zone"],
  data: withOptions(lookUpCommand("on"), DATE, LANGUAGE),
  async execute(interaction, services) {
    const parsed = parseDateInput(
      requiredValue(DATE, interaction.options),
      localDate(services.clock.now(), services.zone),
    );
    if (!parsed.ok) throw invalid(parsed.error);
    await replyWithDay(interaction, services, parsed.date, replyLanguage(interaction));
  },
});
