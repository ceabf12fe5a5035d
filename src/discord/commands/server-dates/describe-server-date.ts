import type { Language } from "../../../model/calendar-schema.js";
import { formatDayMonth } from "../../../i18n/dates.js";
import { translator } from "../../../i18n/translate.js";
import type { ServerDate } from "../../../model/server-date-model.js";

/** One of the server's dates as its admins read it: name, day, how often, since when, for whom. */
export function describeServerDate(d: ServerDate, lang: Language): string {
  const t = translator(lang);
  return [
    `**${d.name}**`,
    formatDayMonth(d.month, d.day, lang),
    d.year === null ? t("serverDate.everyYear") : t("serverDate.once", { year: d.year }),
    ...(d.firstYear === null ? [] : [t("serverDate.since", { year: d.firstYear })]),
    ...(d.language === null ? [] : [t("serverDate.onlyLanguage", { language: d.language })]),
  ].join(" · ");
}
