import { formatDayMonth } from "../../../i18n/dates.js";
import { command, lenientReplyLanguage, serverAdminCommand } from "../../command.js";
import { addServerDate } from "./add-server-date.js";
import { editServerDate } from "./edit-server-date.js";
import { listServerDates } from "./list-server-dates.js";
import { removeServerDate } from "./remove-server-date.js";

/** In the order Discord shows them. */
const SUBCOMMANDS = [addServerDate, listServerDates, editServerDate, removeServerDate];

/** `/date`: a server's own dates, posted with the calendar's to its subscriptions. */
export const serverDates = command({
  uses: ["serverDates", "serverDateService", "subscriptions", "refreshEvents", "clock", "zone"],
  ...serverAdminCommand("serverDates", SUBCOMMANDS),
  async autocomplete(interaction, services) {
    if (!interaction.inCachedGuild()) return interaction.respond([]);
    const lang = lenientReplyLanguage(interaction);
    const typed = interaction.options.getFocused().toLowerCase();
    const choices = (await services.serverDates.list(interaction.guildId)).map((d) => ({
      name: `${d.name} · ${formatDayMonth(d.month, d.day, lang)}`.slice(0, 100),
      value: d.id,
    }));
    await interaction.respond(
      choices.filter((c) => c.name.toLowerCase().includes(typed)).slice(0, 25),
    );
  },
});
