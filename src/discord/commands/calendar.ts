import { AttachmentBuilder, type ChatInputCommandInteraction } from "discord.js";
import { calendarFeed } from "../../feeds/calendar-feed.js";
import { translator } from "../../i18n/translate.js";
import { checkKinds } from "../../subscriptions/validate.js";
import { localDate } from "../../time/local-date.js";
import { valid } from "../../errors/app-error.js";
import {
  replyLanguage,
  routeSubcommands,
  withSubcommands,
  command,
  type Subcommand,
  lookUpCommand,
} from "../command.js";
import { LANGUAGE } from "../language-option.js";
import { stringOption } from "../command-options.js";
import { replyWith } from "../reply-with.js";

const KINDS = stringOption("calendar.kinds", (o) => o.setMaxLength(100));

/** `/calendar export`: the next 12 months as an .ics file, and the address of the feed to subscribe to. */
const exportCalendar: Subcommand<
  ChatInputCommandInteraction,
  "calendar" | "clock" | "zone" | "publicUrl"
> = {
  key: "calendar.export",
  options: [LANGUAGE, KINDS],
  async run(interaction, services) {
    const lang = replyLanguage(interaction);
    const t = translator(lang);
    const kinds = valid(checkKinds(KINDS.read(interaction.options) ?? "all"));
    const now = services.clock.now();
    const feed = calendarFeed(services.calendar, {
      lang,
      kinds,
      from: localDate(now, services.zone),
      now,
    });
    const query = new URLSearchParams({
      lang,
      ...(kinds.length ? { kinds: kinds.join(",") } : {}),
    });
    const lines = [
      t("feed.exported", { count: feed.events }),
      ...(services.publicUrl
        ? [
            t("feed.subscribe", {
              url: `<${new URL(`calendar.ics?${query}`, services.publicUrl)}>`,
            }),
          ]
        : []),
    ];
    await replyWith(interaction, {
      content: lines.join("\n"),
      files: [new AttachmentBuilder(Buffer.from(feed.ics), { name: `yaddash-${lang}.ics` })],
      ephemeral: true,
    });
  },
};

export const calendar = command({
  uses: ["calendar", "clock", "zone", "publicUrl"],
  data: withSubcommands(lookUpCommand("calendar"), [exportCalendar]),
  execute: routeSubcommands([exportCalendar]),
});
