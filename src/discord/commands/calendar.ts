import { AttachmentBuilder, SlashCommandBuilder } from "discord.js";
import { calendarFeed } from "../../feeds/calendar-feed.js";
import { translator } from "../../i18n/translate.js";
import { checkKinds } from "../../subscriptions/validate.js";
import { localDate } from "../../time/local-date.js";
import { valid } from "../../errors/app-error.js";
import {
  languageFor,
  routeSubcommands,
  withSubcommands,
  type Command,
  type Subcommand,
} from "../command.js";
import { label } from "../command-label.js";
import { LANGUAGE } from "../language-option.js";
import { stringOption } from "../command-options.js";
import { replyWith } from "../reply-with.js";

const KINDS = stringOption("calendar.kinds", (o) => o.setMaxLength(100));

/** `/calendar export`: the next 12 months as an .ics file, and the address of the feed to subscribe to. */
const exportCalendar: Subcommand = {
  key: "calendar.export",
  options: [LANGUAGE, KINDS],
  async run(interaction, ctx) {
    const lang = languageFor(interaction);
    const t = translator(lang);
    const kinds = valid(checkKinds(KINDS.read(interaction.options) ?? "all"));
    const now = ctx.clock.now();
    const feed = calendarFeed(ctx.calendar, {
      lang,
      kinds,
      from: localDate(now, ctx.zone),
      now,
    });
    const query = new URLSearchParams({
      lang,
      ...(kinds.length ? { kinds: kinds.join(",") } : {}),
    });
    const lines = [
      t("feed.exported", { count: feed.events }),
      ...(ctx.publicUrl
        ? [t("feed.subscribe", { url: `<${new URL(`calendar.ics?${query}`, ctx.publicUrl)}>` })]
        : []),
    ];
    await replyWith(interaction, {
      content: lines.join("\n"),
      files: [new AttachmentBuilder(Buffer.from(feed.ics), { name: `yaddash-${lang}.ics` })],
      ephemeral: true,
    });
  },
};

export const calendar: Command = {
  data: withSubcommands(label(new SlashCommandBuilder(), "calendar"), [exportCalendar]),
  execute: routeSubcommands([exportCalendar]),
};
