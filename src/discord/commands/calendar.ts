import { AttachmentBuilder, SlashCommandBuilder } from "discord.js";
import { calendarFeed } from "../../feeds/calendar-feed.js";
import { translator } from "../../i18n/translate.js";
import { checkKinds } from "../../subscriptions/validate.js";
import { localDate } from "../../time/local-date.js";
import { valid } from "../../errors/app-error.js";
import { languageFor, routeSubcommands, type Command } from "../command.js";
import { label } from "../command-label.js";
import { languageOption } from "../language-option.js";
import { replyWith } from "../reply-with.js";

/** `/calendar export`: the next 12 months as an .ics file, and the address of the feed to subscribe to. */
export const calendar: Command = {
  data: label(new SlashCommandBuilder(), "calendar").addSubcommand((s) =>
    label(s, "calendar.export")
      .addStringOption(languageOption)
      .addStringOption((o) => label(o, "calendar.kinds").setMaxLength(100)),
  ),
  execute: routeSubcommands({
    async export(interaction, ctx) {
      const lang = languageFor(interaction);
      const t = translator(lang);
      const kinds = valid(checkKinds(interaction.options.getString("kinds") ?? "all"));
      const now = ctx.clock.now();
      const feed = calendarFeed(ctx.calendar, {
        lang,
        kinds: kinds,
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
  }),
};
