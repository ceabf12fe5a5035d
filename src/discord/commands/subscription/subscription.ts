import {
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import { matchTimeZones } from "../../../time/time-zones.js";
import {
  declareRequirements,
  replyLanguage,
  inGuild,
  refreshingEvents,
  routeSubcommands,
  type Command,
  type Requirements,
} from "../../command.js";
import { label } from "../../command-label.js";
import { localText } from "../../../i18n/translate.js";
import { addSubscription } from "./add.js";
import { subscriptionChoice } from "../../describe-subscription.js";
import { editSubscription } from "./edit.js";
import { listSubscriptions } from "./list.js";
import { scheduleOptions } from "../../subscription-options.js";
import { previewSubscription } from "./preview.js";
import { removeSubscription } from "./remove.js";
import { setSubscriptionStatus } from "./status.js";

const pick = (sub: SlashCommandSubcommandBuilder) =>
  sub.addStringOption((o) => label(o, "subscription.pick").setRequired(true).setAutocomplete(true));

const REQUIRES: Requirements = {
  guildOnly: true,
  permission: {
    flag: PermissionFlagsBits.ManageGuild,
    refusal: localText("error.manageServer"),
  },
};

/** Admins choose where, when and in which language the daily posts go. */
export const subscription: Command = {
  requires: REQUIRES,
  mayWait: true,
  data: declareRequirements(label(new SlashCommandBuilder(), "subscription"), REQUIRES)
    .addSubcommand((s) => scheduleOptions(label(s, "subscription.add"), true))
    .addSubcommand((s) => pick(label(s, "subscription.remove")))
    .addSubcommand((s) => label(s, "subscription.list"))
    .addSubcommand((s) =>
      scheduleOptions(pick(label(s, "subscription.edit")), false).addBooleanOption((o) =>
        label(o, "subscription.noRole"),
      ),
    )
    .addSubcommand((s) => pick(label(s, "subscription.pause")))
    .addSubcommand((s) => pick(label(s, "subscription.resume")))
    .addSubcommand((s) =>
      pick(label(s, "subscription.preview"))
        .addStringOption((o) => label(o, "subscription.date").setMaxLength(40))
        .addBooleanOption((o) => label(o, "subscription.post")),
    ),
  execute: routeSubcommands(
    {
      add: refreshingEvents(addSubscription),
      remove: refreshingEvents(removeSubscription),
      list: listSubscriptions,
      edit: refreshingEvents(editSubscription),
      pause: refreshingEvents((interaction, ctx) =>
        setSubscriptionStatus(interaction, ctx, "paused"),
      ),
      resume: refreshingEvents((interaction, ctx) =>
        setSubscriptionStatus(interaction, ctx, "active"),
      ),
      preview: previewSubscription,
    },
    inGuild,
  ),
  async autocomplete(interaction, ctx) {
    if (!interaction.inCachedGuild()) return interaction.respond([]);
    const focused = interaction.options.getFocused(true);
    if (focused.name === "timezone")
      return interaction.respond(matchTimeZones(focused.value).map((z) => ({ name: z, value: z })));
    const typed = focused.value.toLowerCase();
    const subs = await ctx.subscriptions.list(interaction.guildId);
    const choices = subs.map((s) => ({
      name: subscriptionChoice(
        s,
        interaction.guild.channels.cache.get(s.channelId)?.name,
        replyLanguage(interaction),
      ),
      value: s.id,
    }));
    await interaction.respond(
      choices.filter((c) => c.name.toLowerCase().includes(typed)).slice(0, 25),
    );
  },
};
