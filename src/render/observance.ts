import type { DayStatus } from "../calendar/days-off.js";
import type { Calendar } from "../model/calendar-schema.js";
import type { Occurrence } from "../calendar/occurrences.js";
import { isObserved, type Language, type Tone } from "../model/calendar-schema.js";
import { formatDate } from "../i18n/dates.js";
import { describeAct } from "./act.js";
import { citedSources, shortCitation } from "./citation.js";
import { dayOffNote } from "./day-off.js";
import { occurrenceName } from "./occurrence-name.js";
import type { MessageField, MessageModel } from "./message.js";
import { translator } from "../i18n/translate.js";

export const TONE_COLOURS: Record<Tone, number> = {
  celebration: 0x00af66, // the green of the flag
  mourning: 0x4f545c, // dark grey
  neutral: 0x0092bc, // the blue of the flag
};

function titleOf(occurrence: Occurrence, lang: Language): string {
  const { day, days } = occurrence;
  const t = translator(lang);
  const part = days > 1 ? ` (${t("post.dayOfHoliday", { day, days })})` : "";
  return occurrenceName(occurrence, lang) + part;
}

/** Renders one occurrence to the neutral message model, in one language throughout. */
export function renderOccurrence(
  calendar: Calendar,
  occurrence: Occurrence,
  lang: Language,
): MessageModel {
  const { observance: o, date } = occurrence;
  const t = translator(lang);
  const sources = citedSources(occurrence).map((id) => calendar.sources.get(id)!);
  const fields: MessageField[] = [
    { name: t("post.date"), value: formatDate(date, lang), inline: true },
    { name: t("post.kind"), value: t(`kind.${o.kind}`), inline: true },
  ];
  if (o.event && occurrence.anniversary) {
    fields.push({
      name: t("post.commemorates"),
      value: t("post.yearsSince", {
        count: occurrence.anniversary,
        date: formatDate(o.event, lang),
      }),
      inline: true,
    });
  }
  if (o.act)
    fields.push({ name: t("post.established"), value: describeAct(o.act, lang), inline: false });
  else if (o.established)
    fields.push({ name: t("post.established"), value: String(o.established), inline: true });
  // A date in history is told apart from the days the state established, in every surface.
  if (!isObserved(o))
    fields.push({ name: t("post.status"), value: t("post.unofficial"), inline: false });
  if (occurrence.expected)
    fields.push({ name: t("post.expected"), value: t("post.expectedDate"), inline: false });
  if (o.facts.length) {
    const facts = o.facts.map((f) => `• ${f[lang]} [${o.sources.indexOf(f.source) + 1}]`);
    fields.push({ name: t("post.facts"), value: facts.join("\n"), inline: false });
  }
  return {
    title: titleOf(occurrence, lang),
    description: o.summary[lang],
    fields,
    colour: TONE_COLOURS[o.tone],
    // A server's own date has no sources: its footer says whose it is.
    footer: sources.length
      ? `${t("post.sources")}: ${sources.map((src, i) => `[${i + 1}] ${shortCitation(src, lang)}`).join(" · ")}`
      : t("post.serverDate"),
    date,
  };
}

/**
 * A day's messages: one per occurrence, the first carrying the day's working status. A post shows
 * the status only where it tells something (a day off, a moved one); a look-up always shows it.
 */
export function renderDay(
  calendar: Calendar,
  occurrences: readonly Occurrence[],
  status: DayStatus,
  lang: Language,
  options: { always: boolean },
): MessageModel[] {
  const messages = occurrences.map((o) => renderOccurrence(calendar, o, lang));
  const note = dayOffNote(status, lang);
  const tells =
    status.nonWorking ||
    status.movedTo.length ||
    status.extraDaysOff.length ||
    status.workingInstead;
  if (messages[0] && note && (options.always || tells)) {
    messages[0].fields.push({
      name: note.headline,
      value: note.details.join("\n"),
      inline: false,
    });
  }
  return messages;
}
