import { EmbedBuilder } from "discord.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { translator, type Translate } from "../../i18n/translate.js";
import type { MessageKey } from "../../i18n/string-table.js";

/** A value as written, or one of the tables (a name, a date) in the reader's language. */
type ExampleValue = string | { key: Extract<MessageKey, `help.example${string}`> };
import { replyLanguage, command, lookUpCommand } from "../command.js";
import { LANGUAGE } from "../language-option.js";
import { withOptions } from "../command-options.js";
import type { LabelKey } from "../command-label.js";
import { replyWith } from "../reply-with.js";

/** An example of a command: its subcommand, its options and their values (`help.example…`: a text of the tables). */
interface Example {
  command: LabelKey;
  sub?: LabelKey;
  options?: readonly (readonly [LabelKey, ExampleValue])[];
}

/** One example per command, in the order /help lists them: look-ups, then the admins' commands. */
export const HELP_EXAMPLES: readonly Example[] = [
  { command: "today" },
  { command: "next", options: [["next.count", "3"]] },
  { command: "on", options: [["on.date", { key: "help.exampleDate" }]] },
  { command: "dayoff" },
  { command: "event", options: [["event.query", { key: "help.exampleEvent" }]] },
  { command: "search", options: [["search.query", { key: "help.exampleSearch" }]] },
  { command: "calendar", sub: "calendar.export" },
  { command: "about" },
  { command: "remind", sub: "remind.add", options: [["remind.day", { key: "help.exampleEvent" }]] },
  { command: "help" },
  { command: "setup" },
  {
    command: "subscription",
    sub: "subscription.add",
    options: [
      ["subscription.channel", "#news"],
      ["subscription.time", "09:00"],
    ],
  },
  {
    command: "serverDates",
    sub: "serverDates.add",
    options: [
      ["serverDates.title", { key: "help.exampleDateName" }],
      ["serverDates.day", "25.11"],
    ],
  },
];

/** `/name sub option:value …` in the language's names. */
function exampleLine(t: Translate, example: Example): string {
  const words = [`/${t(`${example.command}.name`)}`];
  if (example.sub) words.push(t(`${example.sub}.name`));
  for (const [option, value] of example.options ?? [])
    words.push(`${t(`${option}.name`)}:${typeof value === "string" ? value : t(value.key)}`);
  return words.join(" ");
}

/** `/help`: what the bot does and each command with one example, privately, in the user's language. */
export const help = command({
  data: withOptions(lookUpCommand("help"), LANGUAGE),
  async execute(interaction) {
    const t = translator(replyLanguage(interaction));
    const entry = (example: Example) =>
      `**/${t(`${example.command}.name`)}** — ${t(`${example.command}.description`)}\n\`${exampleLine(t, example)}\``;
    const adminsFrom = HELP_EXAMPLES.findIndex((e) => e.command === "setup");
    const embed = new EmbedBuilder()
      .setTitle(t("help.title"))
      .setDescription(
        [
          t("help.intro"),
          `__${t("help.lookUps")}__`,
          ...HELP_EXAMPLES.slice(0, adminsFrom).map(entry),
          `__${t("help.admins")}__`,
          ...HELP_EXAMPLES.slice(adminsFrom).map(entry),
          t("help.buttons", {
            next: `/${t("next.name")}`,
            dayoff: `/${t("dayoff.name")}`,
            remove: `/${t("subscription.name")} ${t("subscription.remove.name")}`,
            removeDate: `/${t("serverDates.name")} ${t("serverDates.remove.name")}`,
            remindMe: `**${t("remind.button")}**`,
          }),
        ].join("\n\n"),
      )
      .setColor(TONE_COLOURS.neutral);
    await replyWith(interaction, { embeds: [embed], ephemeral: true });
  },
});
