import { matchTimeZones } from "../../../time/time-zones.js";
import { command, lenientReplyLanguage, serverAdminCommand } from "../../command.js";
import { addSubscription } from "./add-subscription.js";
import { subscriptionChoice } from "./describe-subscription.js";
import { editSubscription } from "./edit-subscription.js";
import { listSubscriptions } from "./list-subscriptions.js";
import { previewSubscription } from "./preview-subscription.js";
import { removeSubscription } from "./remove-subscription.js";
import { pauseSubscription, resumeSubscription } from "./subscription-status.js";
import { TIMEZONE } from "./subscription-options.js";

/** In the order Discord shows them. */
const SUBCOMMANDS = [
  addSubscription,
  removeSubscription,
  listSubscriptions,
  editSubscription,
  pauseSubscription,
  resumeSubscription,
  previewSubscription,
];

/** `/subscription`: admins choose where, when and in which language the daily posts go. */
export const subscription = command({
  uses: ["subscriptions", "subscriptionService", "refreshEvents", "clock", "calendar"],
  ...serverAdminCommand("subscription", SUBCOMMANDS),
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
