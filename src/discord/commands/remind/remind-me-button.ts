import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInActionRow,
} from "discord.js";
import { DateTime } from "luxon";
import { occurrencesOn } from "../../../calendar/occurrences.js";
import { translate, translator } from "../../../i18n/translate.js";
import { CALENDAR_KINDS, type Kind, type Language } from "../../../model/calendar-schema.js";
import type { ReminderMember } from "../../../model/member-reminder-model.js";
import type { Post } from "../../../schedule/compose.js";
import { lenientReplyLanguage } from "../../command.js";
import { componentHandler, customId, expired } from "../../component.js";
import { replyWith } from "../../reply-with.js";
import { pausedAnswer } from "./remind-options.js";

const PREFIX = "remind";

/** The kinds of the calendar's days a post shows on their first day: what a press can remind of. */
const remindableKinds = (post: Post): Kind[] => [
  ...new Set(
    post.occurrences
      .filter((o) => o.day === 1 && o.observance.kind !== "server-day")
      .map((o) => o.observance.kind),
  ),
];

/** Kinds in a custom_id, short: their places in CALENDAR_KINDS ("0.3"). */
const CODED: readonly Kind[] = CALENDAR_KINDS;
const kindsCode = (kinds: readonly Kind[]) => kinds.map((kind) => CODED.indexOf(kind)).join(".");
const kindsOf = (code: string | undefined): Kind[] | null =>
  code ? code.split(".").flatMap((i) => CODED[Number(i)] ?? []) : null;

/**
 * The "Remind me" button under a day's post (and under a reminder of a later day):
 * `remind::<date>:<kinds>`, anyone's to press (no owner), the date the observances fall on and the
 * kinds the post shows (a subscription of city days reminds of the city day, not of the holiday that
 * shares its date). A weekly digest has none, nor a post with nothing to remind of (only a server's
 * own dates, or a later day of a holiday).
 */
export function remindMeRow(
  post: Post,
  lang: Language,
): APIActionRowComponent<APIComponentInActionRow> | null {
  const kinds = remindableKinds(post);
  if (post.kind === "week" || !kinds.length) return null;
  return new ActionRowBuilder<ButtonBuilder>()
    .addComponents(
      new ButtonBuilder()
        .setCustomId(customId(PREFIX, null, post.observedOn, kindsCode(kinds)))
        .setLabel(translate(lang, "remind.button"))
        .setStyle(ButtonStyle.Secondary),
    )
    .toJSON();
}

/**
 * A press of "Remind me": a reminder of each of that date's observances for whoever pressed it, in
 * their language, answered to them alone. Pressing again changes nothing and says so.
 */
export const remindMe = componentHandler({
  prefix: PREFIX,
  uses: ["reminders", "calendar"],
  async handle(interaction, [date = "", code], services) {
    // A date no button of ours carries (a custom_id forged or broken) has no observances either;
    // a button from before the kinds were named reminds of the whole date.
    const kinds = kindsOf(code);
    const observances =
      /^\d{4}-\d{2}-\d{2}$/.test(date) && DateTime.fromISO(date).isValid
        ? occurrencesOn(services.calendar, date)
            .filter((o) => o.day === 1 && (!kinds || kinds.includes(o.observance.kind)))
            .map((o) => o.observance)
        : [];
    if (!observances.length) throw expired();
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const lang = lenientReplyLanguage(interaction);
    let added = false;
    let refused: ReminderMember["refused"] = null;
    for (const { id } of observances) {
      const result = await services.reminders.add(interaction.user.id, { observance: id }, lang);
      added ||= result.added;
      refused = result.refused;
    }
    const days = observances.map((o) => o.names[lang]).join(", ");
    const t = translator(lang);
    await replyWith(interaction, {
      content: refused
        ? pausedAnswer(lang, refused.reason)
        : t(added ? "remind.buttonAdded" : "remind.buttonAlready", { days }),
    });
  },
});
