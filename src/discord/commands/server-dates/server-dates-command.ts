import { PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { localText } from "../../../i18n/translate.js";
import { formatDayMonth } from "../../../i18n/dates.js";
import {
  declareRequirements,
  inGuild,
  refreshingEvents,
  lenientReplyLanguage,
  routeSubcommands,
  withSubcommands,
  command,
  type Requirements,
} from "../../command.js";
import { label } from "../../command-label.js";
import { addServerDate } from "./add-server-date.js";
import { editServerDate } from "./edit-server-date.js";
import { listServerDates } from "./list-server-dates.js";
import { removeServerDate } from "./remove-server-date.js";

const REQUIRES: Requirements = {
  guildOnly: true,
  permission: { flag: PermissionFlagsBits.ManageGuild, refusal: localText("error.manageServer") },
};

/** In the order Discord shows them. */
const SUBCOMMANDS = [
  refreshingEvents(addServerDate),
  listServerDates,
  refreshingEvents(editServerDate),
  refreshingEvents(removeServerDate),
];

/** `/date`: a server's own dates, posted with the calendar's to its subscriptions. */
export const serverDates = command({
  uses: ["serverDates", "serverDateService", "subscriptions", "refreshEvents", "clock", "zone"],
  requires: REQUIRES,
  mayWait: true,
  data: withSubcommands(
    declareRequirements(label(new SlashCommandBuilder(), "serverDates"), REQUIRES),
    SUBCOMMANDS,
  ),
  execute: routeSubcommands(SUBCOMMANDS, inGuild),
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
