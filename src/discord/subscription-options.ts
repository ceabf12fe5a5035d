import {
  ChannelType,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type GuildBasedChannel,
  type Role,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import type { Kind, Language } from "../model/calendar-schema.js";
import { checkKinds, type Checked } from "../subscriptions/validate.js";
import { checkPostTime } from "../time/post-instant.js";
import { checkTimeZone } from "../time/time-zones.js";
import { localText } from "../i18n/translate.js";
import { weekdayName } from "../i18n/dates.js";
import { SUBSCRIPTION_DEFAULTS, type Subscription } from "../model/subscription-model.js";
import { UserInputError } from "./command.js";
import { label, localizedChoices } from "./command-label.js";
import { languageOption, languageValue } from "./language-option.js";

export interface ScheduleInput {
  channel?: GuildBasedChannel;
  timeZone?: string;
  postTime?: string;
  language?: Language;
  /** null: mention no role. */
  role?: Role | null;
  kinds?: Kind[];
  remindDays?: number;
  /** null: daily posts. */
  weekday?: number | null;
  publish?: boolean;
  events?: boolean;
}

const CADENCES = ["daily", "weekly"] as const;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const valid = <T>(checked: Checked<T>): T => {
  if (!checked.ok) throw new UserInputError(checked.error);
  return checked.value;
};

/** Reads and checks the options that add and edit share; anything wrong is a UserInputError. */
export async function readScheduleOptions(
  interaction: ChatInputCommandInteraction<"cached">,
  current?: Pick<Subscription, "weekday">,
): Promise<ScheduleInput> {
  const o = interaction.options;
  const input: ScheduleInput = {};
  const channelOption = o.getChannel("channel");
  if (channelOption) {
    const channel =
      interaction.guild.channels.cache.get(channelOption.id) ??
      (await interaction.guild.channels.fetch(channelOption.id));
    if (!channel)
      throw new UserInputError(
        localText("error.cannotSeeChannel", { channel: `<#${channelOption.id}>` }),
      );
    input.channel = channel;
  }
  const time = o.getString("time");
  if (time !== null) input.postTime = valid(checkPostTime(time));
  const zone = o.getString("timezone");
  if (zone !== null) input.timeZone = valid(checkTimeZone(zone));
  const language = languageValue(o, "language");
  if (language !== null) input.language = language;
  const role = o.getRole("role");
  if (role) input.role = role;
  if (o.getBoolean("no-role")) input.role = null;
  const kinds = o.getString("kinds");
  if (kinds !== null) input.kinds = valid(checkKinds(kinds));
  const remindDays = o.getInteger("remind-days");
  if (remindDays !== null) {
    if (remindDays < 0 || remindDays > 7)
      throw new UserInputError(localText("error.remindDays", { value: remindDays }));
    input.remindDays = remindDays;
  }
  const cadence = o.getString("cadence");
  if (cadence !== null && !(CADENCES as readonly string[]).includes(cadence))
    throw new UserInputError(localText("error.cadence", { value: cadence }));
  const weekday = o.getInteger("weekday");
  if (weekday !== null && !(WEEKDAYS as readonly number[]).includes(weekday))
    throw new UserInputError(localText("error.weekday", { value: weekday }));
  // A weekday alone asks for a weekly digest; "weekly" alone keeps the day it had, else Monday.
  if (cadence === "daily") input.weekday = null;
  else if (weekday !== null) input.weekday = weekday;
  else if (cadence === "weekly") input.weekday = current?.weekday ?? SUBSCRIPTION_DEFAULTS.weekday;
  const events = o.getBoolean("events");
  if (events) checkEvents(interaction);
  if (events !== null) input.events = events;
  const publish = o.getBoolean("publish");
  if (publish !== null) input.publish = publish;
  return input;
}

/**
 * Events are the server's, so the permission is the server's, not the channel's: since 23 February
 * 2026 creating one needs Create Events, and Manage Events alone no longer does (Discord's change log,
 * 24 November 2025); the bot edits and deletes only its own, which Create Events allows too. The bot
 * acts for the admin, who must be able to create events as well.
 */
function checkEvents(interaction: ChatInputCommandInteraction<"cached">): void {
  if (!interaction.guild.members.me?.permissions.has(PermissionFlagsBits.CreateEvents))
    throw new UserInputError(localText("error.createEvents"));
  if (!interaction.memberPermissions.has(PermissionFlagsBits.CreateEvents))
    throw new UserInputError(localText("error.memberCreateEvents"));
}

/** The options add and edit share; `channelRequired` for add. */
export function scheduleOptions(
  sub: SlashCommandSubcommandBuilder,
  channelRequired: boolean,
): SlashCommandSubcommandBuilder {
  return sub
    .addChannelOption((c) =>
      label(c, "subscription.channel")
        .setRequired(channelRequired)
        .addChannelTypes(
          ChannelType.GuildText,
          ChannelType.GuildAnnouncement,
          ChannelType.PublicThread,
          ChannelType.PrivateThread,
          ChannelType.AnnouncementThread,
        ),
    )
    .addStringOption((c) => label(c, "subscription.time").setMaxLength(5))
    .addStringOption((c) =>
      label(c, "subscription.timezone").setAutocomplete(true).setMaxLength(64),
    )
    .addStringOption(languageOption)
    .addRoleOption((c) => label(c, "subscription.role"))
    .addStringOption((c) => label(c, "subscription.kinds").setMaxLength(100))
    .addIntegerOption((c) => label(c, "subscription.remindDays").setMinValue(0).setMaxValue(7))
    .addStringOption((c) =>
      label(c, "subscription.cadence").addChoices(
        ...localizedChoices(CADENCES, (cadence) => `cadence.${cadence}`),
      ),
    )
    .addIntegerOption((c) =>
      label(c, "subscription.weekday").addChoices(
        ...WEEKDAYS.map((day) => ({
          name: weekdayName(day, "en"),
          // Discord shows users of the tr locale the Azerbaijani.
          name_localizations: { ru: weekdayName(day, "ru"), tr: weekdayName(day, "az") },
          value: day,
        })),
      ),
    )
    .addBooleanOption((c) => label(c, "subscription.publish"))
    .addBooleanOption((c) => label(c, "subscription.events"));
}
