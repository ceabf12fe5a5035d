import { EmbedBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import type { Language } from "../../model/calendar-schema.js";
import type { IsoDate } from "../../model/iso-date.js";
import { breakLine } from "../../render/day-off.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { localText, translator } from "../../i18n/translate.js";
import { invalid } from "../../errors/app-error.js";
import { replyLanguage, command, lookUpCommand } from "../command.js";
import type { Services } from "../command-services.js";
import { replyWith } from "../reply-with.js";
import { datesWithCountdown } from "../occurrence-line.js";
import { LANGUAGE } from "../language-option.js";
import { integerOption, withOptions } from "../command-options.js";
import { pageButtons, pageOf, type Page } from "../paging.js";

/** `/dayoff`: the next breaks from work — holidays, moved rest days, the Cabinet's transfers. */
const COUNT = integerOption("dayoff.count", (o) => o.setMinValue(1).setMaxValue(10));

/** What a page of `/dayoff` shows: the breaks after `from`, `page.size` a page. */
export interface DayOffList {
  owner: string;
  lang: Language;
  from: IsoDate;
  page: Page;
}

/** A page of `/dayoff`, with Previous / Next while breaks are announced or computed beyond it. */
export function dayOffPage(list: DayOffList, services: Services<"lookUps">) {
  const { lang, from, page } = list;
  const shown = pageOf(page, (count) => services.lookUps.dayOff(from, count));
  const t = translator(lang);
  const embed = new EmbedBuilder()
    .setTitle(t("dayOff.nextDaysOff"))
    .setDescription(
      shown.items.length
        ? shown.items.map((b) => breakLine(b, lang, datesWithCountdown(lang))).join("\n")
        : t("dayOff.none"),
    )
    .setColor(TONE_COLOURS.neutral);
  const state = [String(page.size), lang, from];
  return {
    embeds: [embed],
    components: pageButtons(lang, list.owner, "dayoff", { page, more: shown.more }, state),
  };
}

export const dayoff = command({
  uses: ["lookUps", "clock", "zone"],
  data: withOptions(lookUpCommand("dayoff"), COUNT, LANGUAGE),
  async execute(interaction, services) {
    const lang = replyLanguage(interaction);
    const count = COUNT.read(interaction.options) ?? 3;
    if (count < 1 || count > 10) throw invalid(localText("error.count", { value: count }));
    const from = localDate(services.clock.now(), services.zone);
    const page = { index: 0, size: count };
    await replyWith(
      interaction,
      dayOffPage({ owner: interaction.user.id, lang, from, page }, services),
    );
  },
});
