import type { ChatInputCommandInteraction } from "discord.js";
import {
  NAME_MAX,
  TEXT_MAX,
  type ServerDate,
  type ServerDateFields,
} from "../../../model/server-date-model.js";
import { invalid } from "../../../errors/app-error.js";
import { localDate } from "../../../time/local-date.js";
import { parseDateInput } from "../../../time/parse-date.js";
import type { Services } from "../../command-services.js";
import {
  booleanOption,
  integerOption,
  readOptions,
  requiredValue,
  stringOption,
} from "../../command-options.js";
import { languageChoice } from "../../language-option.js";

/** The date the admin picks (autocompleted with the server's). */
export const WHICH = stringOption("serverDates.which", (o) =>
  o.setRequired(true).setAutocomplete(true),
);

/** The options add and edit share, in the order Discord shows them; `required` for add. */
export const dateFields = (required: boolean) => ({
  name: stringOption("serverDates.title", (o) => o.setRequired(required).setMaxLength(NAME_MAX)),
  date: stringOption("serverDates.day", (o) => o.setRequired(required).setMaxLength(40)),
  text: stringOption("serverDates.text", (o) => o.setRequired(required).setMaxLength(TEXT_MAX)),
  once: booleanOption("serverDates.once"),
  firstYear: integerOption("serverDates.firstYear", (o) => o.setMinValue(1000).setMaxValue(2100)),
  onlyLanguage: languageChoice("serverDates.onlyLanguage"),
});

type Interaction = ChatInputCommandInteraction<"cached">;

/**
 * The fields the options give, over `before` (edit): the date typed, with a year, is a one-off's date
 * with `once`, and otherwise the first year of a yearly date, unless first-year says otherwise.
 */
export function readFields(
  interaction: Interaction,
  services: Services<"clock" | "zone">,
  before?: ServerDate,
): Partial<ServerDateFields> {
  // The language is read last, as it was: its check may refuse it too.
  const { onlyLanguage, ...others } = dateFields(false);
  const o = readOptions(others, interaction.options);
  const fields: Partial<ServerDateFields> = {};
  if (o.name !== null) fields.name = o.name;
  if (o.text !== null) fields.text = o.text;
  const once = o.once ?? (before ? before.year !== null : false);
  const typed = o.date;
  const today = localDate(services.clock.now(), services.zone);
  if (typed !== null) {
    const parsed = parseDateInput(typed, today);
    if (!parsed.ok) throw invalid(parsed.error);
    const [year, month, day] = parsed.date.split("-").map(Number) as [number, number, number];
    Object.assign(fields, { month, day });
    if (once) fields.year = year;
    else if (/\d{4}/.test(typed)) fields.firstYear = year;
  }
  if (!once) fields.year = null;
  else if (fields.year === undefined) fields.year = before?.year ?? Number(today.slice(0, 4));
  if (o.firstYear !== null) fields.firstYear = o.firstYear;
  const only = onlyLanguage.read(interaction.options);
  if (only !== null) fields.language = only;
  return fields;
}

/** The date named by the `which` option, in this server only. */
export async function findDate(
  interaction: Interaction,
  services: Services<"serverDateService">,
): Promise<ServerDate> {
  return services.serverDateService.get(
    interaction.guildId,
    requiredValue(WHICH, interaction.options),
  );
}
