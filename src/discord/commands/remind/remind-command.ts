import { targetKey } from "../../../model/member-reminder-model.js";
import {
  command,
  lenientReplyLanguage,
  lookUpCommand,
  routeSubcommands,
  withSubcommands,
} from "../../command.js";
import { observanceChoices } from "../event.js";
import { addReminder } from "./add-reminder.js";
import { listReminders } from "./list-reminders.js";
import { describeTarget, DAY } from "./remind-options.js";
import { removeReminder } from "./remove-reminder.js";
import { resumeReminders } from "./resume-reminders.js";

/** In the order Discord shows them. */
const SUBCOMMANDS = [addReminder, listReminders, removeReminder, resumeReminders];

/**
 * `/remind`: a member's own reminders, by direct message the day before. Anyone may use it, in a
 * server, in the bot's DMs or through their own install of the app (as the look-ups); it waits on the store, so its answers are private.
 */
export const remind = command({
  uses: ["reminders", "calendar", "lookUps", "index", "clock", "zone"],
  mayWait: true,
  data: withSubcommands(lookUpCommand("remind"), SUBCOMMANDS),
  execute: routeSubcommands(SUBCOMMANDS),
  async autocomplete(interaction, services) {
    const lang = lenientReplyLanguage(interaction);
    const focused = interaction.options.getFocused(true);
    const typed = focused.value.trim();
    if (focused.name === DAY.name)
      return interaction.respond(observanceChoices(services, typed, lang));
    const member = await services.reminders.member(interaction.user.id);
    const choices = (member?.targets ?? []).map((target) => ({
      name: describeTarget(services, target, lang).slice(0, 100),
      value: targetKey(target),
    }));
    await interaction.respond(
      choices.filter((c) => c.name.toLowerCase().includes(typed.toLowerCase())).slice(0, 25),
    );
  },
});
