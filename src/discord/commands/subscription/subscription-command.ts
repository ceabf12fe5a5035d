import { PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { matchTimeZones } from "../../../time/time-zones.js";
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
import { localText } from "../../../i18n/translate.js";
import { addSubscription } from "./add-subscription.js";
import { subscriptionChoice } from "./describe-subscription.js";
import { editSubscription } from "./edit-subscription.js";
import { listSubscriptions } from "./list-subscriptions.js";
import { previewSubscription } from "./preview-subscription.js";
import { removeSubscription } from "./remove-subscription.js";
import { pauseSubscription, resumeSubscription } from "./subscription-status.js";
import { TIMEZONE } from "./subscription-options.js";

const REQUIRES: Requirements = {
  guildOnly: true,
  permission: {
    flag: PermissionFlagsBits.ManageGuild,
    refusal: localText("error.manageServer"),
  },
};

/** In the order Discord shows them. */
const SUBCOMMANDS = [
  refreshingEvents(addSubscription),
  refreshingEvents(removeSubscription),
  listSubscriptions,
  refreshingEvents(editSubscription),
  refreshingEvents(pauseSubscription),
  refreshingEvents(resumeSubscription),
  previewSubscription,
];

/** `/subscription`: admins choose where, when and in which language the daily posts go. */
export const subscription = command({
  uses: ["subscriptions", "subscriptionService", "refreshEvents", "clock", "calendar"],
  requires: REQUIRES,
  mayWait: true,
  data: withSubcommands(
    declareRequirements(label(new SlashCommandBuilder(), "subscription"), REQUIRES),
    SUBCOMMANDS,
  ),
  execute: routeSubcommands(SUBCOMMANDS, inGuild),
  async autocomplete(interaction, services) {
    if (!interaction.inCachedGuild()) return interaction.respond([]);
    const focused = interaction.options.getFocused(true);
    if (focused.name === TIMEZONE.name)
      return interaction.respond(matchTimeZones(focused.value).map((z) => ({ name: z, value: z })));
    const typed = focused.value.toLowerCase();
    const subs = await services.subscriptions.list(interaction.guildId);
    const choices = subs.map((s) => ({
      name: subscriptionChoice(
        s,
        interaction.guild.channels.cache.get(s.channelId)?.name,
        lenientReplyLanguage(interaction),
      ),
      value: s.id,
    }));
    await interaction.respond(
      choices.filter((c) => c.name.toLowerCase().includes(typed)).slice(0, 25),
    );
  },
});
