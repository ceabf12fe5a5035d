import {
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import type { Language } from "../../model/calendar-schema.js";
import { localText, translator } from "../../i18n/translate.js";
import { formatDayMonth } from "../../i18n/dates.js";
import {
  MAX_SERVER_DATES,
  NAME_MAX,
  TEXT_MAX,
  type ServerDate,
  type ServerDateFields,
} from "../../model/server-date-model.js";
import { localDate } from "../../time/local-date.js";
import { parseDateInput } from "../../time/parse-date.js";
import {
  declareRequirements,
  inGuild,
  refreshingEvents,
  replyLanguage,
  routeSubcommands,
  UserInputError,
  type BotContext,
  type Command,
  type Requirements,
} from "../command.js";
import { label } from "../command-label.js";
import { replyPrivately } from "../reply-privately.js";
import { missingToPost } from "../subscription-permissions.js";
import { languageValue, withLanguageChoices } from "../language-option.js";

const REQUIRES: Requirements = {
  guildOnly: true,
  permission: { flag: PermissionFlagsBits.ManageGuild, refusal: localText("error.manageServer") },
};

type Interaction = ChatInputCommandInteraction<"cached">;

/** One of the server's dates as its admins read it: name, day, how often, since when, for whom. */
function describeDate(d: ServerDate, lang: Language): string {
  const t = translator(lang);
  return [
    `**${d.name}**`,
    formatDayMonth(d.month, d.day, lang),
    d.year === null ? t("serverDate.everyYear") : t("serverDate.once", { year: d.year }),
    ...(d.firstYear === null ? [] : [t("serverDate.since", { year: d.firstYear })]),
    ...(d.language === null ? [] : [t("serverDate.onlyLanguage", { language: d.language })]),
  ].join(" · ");
}

/**
 * The fields the options give, over `before` (edit): the date typed, with a year, is a one-off's date
 * with `once`, and otherwise the first year of a yearly date, unless first-year says otherwise.
 */
function readFields(
  interaction: Interaction,
  ctx: BotContext,
  before?: ServerDate,
): Partial<ServerDateFields> {
  const o = interaction.options;
  const fields: Partial<ServerDateFields> = {};
  const name = o.getString("name");
  if (name !== null) fields.name = name;
  const text = o.getString("text");
  if (text !== null) fields.text = text;
  const once = o.getBoolean("once") ?? (before ? before.year !== null : false);
  const typed = o.getString("date");
  const today = localDate(ctx.clock.now(), ctx.zone);
  if (typed !== null) {
    const parsed = parseDateInput(typed, today);
    if (!parsed.ok) throw new UserInputError(parsed.error);
    const [year, month, day] = parsed.date.split("-").map(Number) as [number, number, number];
    Object.assign(fields, { month, day });
    if (once) fields.year = year;
    else if (/\d{4}/.test(typed)) fields.firstYear = year;
  }
  if (!once) fields.year = null;
  else if (fields.year === undefined) fields.year = before?.year ?? Number(today.slice(0, 4));
  const firstYear = o.getInteger("first-year");
  if (firstYear !== null) fields.firstYear = firstYear;
  const only = languageValue(o, "only-language");
  if (only !== null) fields.language = only;
  return fields;
}

/**
 * The bot posts a date for the admin in every subscribed channel it reaches (in its language, taking
 * server dates), so the admin must be able to see and post in each, as /subscription add asks of its
 * channel. Whom a post mentions is each subscription's choice, not the date's, so roles are not checked.
 */
async function checkReach(
  interaction: Interaction,
  ctx: BotContext,
  languages: (Language | null)[],
): Promise<void> {
  for (const sub of await ctx.subscriptions.list(interaction.guildId)) {
    const reached =
      languages.some((language) => language === null || language === sub.language) &&
      (!sub.kinds.length || sub.kinds.includes("server-day"));
    const channel = reached ? interaction.guild.channels.cache.get(sub.channelId) : undefined;
    const missing = channel ? missingToPost(channel, interaction.member, null) : [];
    if (missing.length)
      throw new UserInputError(
        localText("error.memberLacksForDate", { channel: `<#${sub.channelId}>`, missing }),
      );
  }
}

async function findDate(interaction: Interaction, ctx: BotContext): Promise<ServerDate> {
  return ctx.serverDateService.get(
    interaction.guildId,
    interaction.options.getString("which", true),
  );
}

const pick = (sub: SlashCommandSubcommandBuilder) =>
  sub.addStringOption((o) => label(o, "serverDates.which").setRequired(true).setAutocomplete(true));

/** The options add and edit share; `required` for add. */
const dateOptions = (sub: SlashCommandSubcommandBuilder, required: boolean) =>
  sub
    .addStringOption((o) =>
      label(o, "serverDates.title").setRequired(required).setMaxLength(NAME_MAX),
    )
    .addStringOption((o) => label(o, "serverDates.day").setRequired(required).setMaxLength(40))
    .addStringOption((o) =>
      label(o, "serverDates.text").setRequired(required).setMaxLength(TEXT_MAX),
    )
    .addBooleanOption((o) => label(o, "serverDates.once"))
    .addIntegerOption((o) => label(o, "serverDates.firstYear").setMinValue(1000).setMaxValue(2100))
    .addStringOption((o) => withLanguageChoices(label(o, "serverDates.onlyLanguage")));

/** `/date`: a server's own dates, posted with the calendar's to its subscriptions. */
export const date: Command = {
  requires: REQUIRES,
  mayWait: true,
  data: declareRequirements(label(new SlashCommandBuilder(), "serverDates"), REQUIRES)
    .addSubcommand((s) => dateOptions(label(s, "serverDates.add"), true))
    .addSubcommand((s) => label(s, "serverDates.list"))
    .addSubcommand((s) => dateOptions(pick(label(s, "serverDates.edit")), false))
    .addSubcommand((s) => pick(label(s, "serverDates.remove"))),
  execute: routeSubcommands(
    {
      add: refreshingEvents(async (interaction, ctx) => {
        const lang = replyLanguage(interaction);
        const fields = { firstYear: null, language: null, ...readFields(interaction, ctx) };
        await checkReach(interaction, ctx, [fields.language]);
        const added = await ctx.serverDateService.add(
          interaction.guildId,
          interaction.user.id,
          fields as ServerDateFields,
        );
        await replyPrivately(
          interaction,
          translator(lang)("serverDate.added", { date: describeDate(added, lang) }),
        );
      }),
      async list(interaction, ctx) {
        const t = translator(replyLanguage(interaction));
        const dates = await ctx.serverDates.list(interaction.guildId);
        if (!dates.length) return replyPrivately(interaction, t("serverDate.none"));
        const lang = replyLanguage(interaction);
        const header = t("serverDate.listHeader", { count: dates.length, max: MAX_SERVER_DATES });
        const lines = dates.map((d, i) => `${i + 1}. ${describeDate(d, lang)}`);
        // 50 short lines fit in a message; the cut only guards against the longest names.
        await replyPrivately(interaction, [header, ...lines].join("\n").slice(0, 2000));
      },
      edit: refreshingEvents(async (interaction, ctx) => {
        const lang = replyLanguage(interaction);
        const before = await findDate(interaction, ctx);
        const fields = readFields(interaction, ctx, before);
        await checkReach(interaction, ctx, [before.language, fields.language ?? before.language]);
        const updated = await ctx.serverDateService.edit(interaction.guildId, before.id, fields);
        await replyPrivately(
          interaction,
          translator(lang)("serverDate.updated", { date: describeDate(updated, lang) }),
        );
      }),
      remove: refreshingEvents(async (interaction, ctx) => {
        const date = await findDate(interaction, ctx);
        await checkReach(interaction, ctx, [date.language]);
        const removed = await ctx.serverDateService.remove(interaction.guildId, date.id);
        await replyPrivately(
          interaction,
          translator(replyLanguage(interaction))("serverDate.removed", { name: removed.name }),
        );
      }),
    },
    inGuild,
  ),
  async autocomplete(interaction, ctx) {
    if (!interaction.inCachedGuild()) return interaction.respond([]);
    const lang = replyLanguage(interaction);
    const typed = interaction.options.getFocused().toLowerCase();
    const choices = (await ctx.serverDates.list(interaction.guildId)).map((d) => ({
      name: `${d.name} · ${formatDayMonth(d.month, d.day, lang)}`.slice(0, 100),
      value: d.id,
    }));
    await interaction.respond(
      choices.filter((c) => c.name.toLowerCase().includes(typed)).slice(0, 25),
    );
  },
};
