import {
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type GuildBasedChannel,
  type Role,
} from "discord.js";
import type { Kind, Language } from "../../../model/calendar-schema.js";
import { checkKinds } from "../../../subscriptions/validate.js";
import { checkIntro, INTRO_MAX, NO_INTRO } from "../../../subscriptions/intro.js";
import { checkPostTime } from "../../../time/post-instant.js";
import { checkTimeZone } from "../../../time/time-zones.js";
import { localText } from "../../../i18n/translate.js";
import { weekdayName } from "../../../i18n/dates.js";
import {
  SUBSCRIPTION_DEFAULTS,
  type Subscription,
  type ThreadArchive,
} from "../../../model/subscription-model.js";
import { conflict, invalid, notFound, valid } from "../../../errors/app-error.js";
import { localizedChoices } from "../../command-label.js";
import {
  booleanOption,
  channelOption,
  integerOption,
  readOptions,
  roleOption,
  stringOption,
} from "../../command-options.js";
import { LANGUAGE } from "../../language-option.js";
import { POSTABLE_CHANNEL_TYPES } from "../../subscription-permissions.js";

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
  /** null: no intro any more. */
  intro?: string | null;
  live?: boolean;
  pin?: boolean;
  /** null: no thread. */
  threadArchive?: ThreadArchive | null;
}

/** What add and edit hand the service as read: everything but the channel and the role, checked apart. */
export const scheduleValues = ({ channel: _channel, role: _role, ...values }: ScheduleInput) =>
  values;

const CADENCES = ["daily", "weekly"] as const;
/** The thread periods an admin picks from, with the minutes Discord takes (off: no thread). */
export const THREAD_CHOICES = {
  off: null,
  hour: 60,
  day: 1440,
  "3days": 4320,
  week: 10080,
} as const satisfies Record<string, ThreadArchive | null>;
export type ThreadChoice = keyof typeof THREAD_CHOICES;
const THREAD_NAMES = Object.keys(THREAD_CHOICES) as ThreadChoice[];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The subscription the admin picks (autocompleted with the server's). */
export const SUBSCRIPTION = stringOption("subscription.pick", (o) =>
  o.setRequired(true).setAutocomplete(true),
);
export const TIMEZONE = stringOption("subscription.timezone", (o) =>
  o.setAutocomplete(true).setMaxLength(64),
);
/** Edit only: mention no role any more. */
export const NO_ROLE = booleanOption("subscription.noRole");

/** The options add and edit share, in the order Discord shows them; `channelRequired` for add. */
export const scheduleOptions = (channelRequired: boolean) => ({
  channel: channelOption("subscription.channel", (o) =>
    o.setRequired(channelRequired).addChannelTypes(...POSTABLE_CHANNEL_TYPES),
  ),
  time: stringOption("subscription.time", (o) => o.setMaxLength(5)),
  timeZone: TIMEZONE,
  language: LANGUAGE,
  role: roleOption("subscription.role"),
  kinds: stringOption("subscription.kinds", (o) => o.setMaxLength(100)),
  remindDays: integerOption("subscription.remindDays", (o) => o.setMinValue(0).setMaxValue(7)),
  cadence: stringOption("subscription.cadence", (o) =>
    o.addChoices(...localizedChoices(CADENCES, (cadence) => `cadence.${cadence}`)),
  ),
  weekday: integerOption("subscription.weekday", (o) =>
    o.addChoices(
      ...WEEKDAYS.map((day) => ({
        name: weekdayName(day, "en"),
        // Discord shows users of the tr locale the Azerbaijani.
        name_localizations: { ru: weekdayName(day, "ru"), tr: weekdayName(day, "az") },
        value: day,
      })),
    ),
  ),
  publish: booleanOption("subscription.publish"),
  events: booleanOption("subscription.events"),
  intro: stringOption("subscription.intro", (o) => o.setMaxLength(INTRO_MAX)),
  live: booleanOption("subscription.live"),
  pin: booleanOption("subscription.pin"),
  thread: stringOption("subscription.thread", (o) =>
    o.addChoices(...localizedChoices(THREAD_NAMES, (choice) => `thread.${choice}`)),
  ),
});

/** Reads and checks the options that add and edit share; anything wrong is an AppError. */
export async function readScheduleOptions(
  interaction: ChatInputCommandInteraction<"cached">,
  current?: Pick<Subscription, "weekday">,
): Promise<ScheduleInput> {
  // The language is read in its turn, after the time and zone, as its check may refuse it too.
  const { language, ...others } = scheduleOptions(false);
  const o = readOptions({ ...others, noRole: NO_ROLE }, interaction.options);
  const input: ScheduleInput = {};
  if (o.channel) {
    const channel =
      interaction.guild.channels.cache.get(o.channel.id) ??
      (await interaction.guild.channels.fetch(o.channel.id));
    if (!channel)
      throw notFound(localText("error.cannotSeeChannel", { channel: `<#${o.channel.id}>` }));
    input.channel = channel;
  }
  if (o.time !== null) input.postTime = valid(checkPostTime(o.time));
  if (o.timeZone !== null) input.timeZone = valid(checkTimeZone(o.timeZone));
  const chosen = language.read(interaction.options);
  if (chosen !== null) input.language = chosen;
  if (o.role) input.role = o.role;
  if (o.noRole) input.role = null;
  if (o.kinds !== null) input.kinds = valid(checkKinds(o.kinds));
  if (o.remindDays !== null) {
    if (o.remindDays < 0 || o.remindDays > 7)
      throw invalid(localText("error.remindDays", { value: o.remindDays }));
    input.remindDays = o.remindDays;
  }
  const { cadence, weekday } = o;
  if (cadence !== null && !(CADENCES as readonly string[]).includes(cadence))
    throw invalid(localText("error.cadence", { value: cadence }));
  if (weekday !== null && !(WEEKDAYS as readonly number[]).includes(weekday))
    throw invalid(localText("error.weekday", { value: weekday }));
  // A weekday alone asks for a weekly digest; "weekly" alone keeps the day it had, else Monday.
  if (cadence === "daily") input.weekday = null;
  else if (weekday !== null) input.weekday = weekday;
  else if (cadence === "weekly") input.weekday = current?.weekday ?? SUBSCRIPTION_DEFAULTS.weekday;
  if (o.events) checkEvents(interaction);
  if (o.events !== null) input.events = o.events;
  if (o.publish !== null) input.publish = o.publish;
  if (o.intro !== null)
    input.intro = o.intro.trim() === NO_INTRO ? null : valid(checkIntro(o.intro));
  // Pinning asks for the live message it pins.
  if (o.live !== null || o.pin) input.live = Boolean(o.live ?? o.pin);
  if (o.pin !== null) input.pin = o.pin;
  if (o.thread !== null) input.threadArchive = threadArchive(o.thread);
  return input;
}

function threadArchive(choice: string): ThreadArchive | null {
  if (!(THREAD_NAMES as string[]).includes(choice))
    throw invalid(
      localText("error.threadChoice", { value: choice, accepted: THREAD_NAMES.join(", ") }),
    );
  return THREAD_CHOICES[choice as ThreadChoice];
}

/**
 * Events are the server's, so the permission is the server's, not the channel's: since 23 February
 * 2026 creating one needs Create Events, and Manage Events alone no longer does (Discord's change log,
 * 24 November 2025); the bot edits and deletes only its own, which Create Events allows too. The bot
 * acts for the admin, who must be able to create events as well.
 */
function checkEvents(interaction: ChatInputCommandInteraction<"cached">): void {
  if (!interaction.guild.members.me?.permissions.has(PermissionFlagsBits.CreateEvents))
    throw conflict(localText("error.createEvents"));
  if (!interaction.memberPermissions.has(PermissionFlagsBits.CreateEvents))
    throw conflict(localText("error.memberCreateEvents"));
}
