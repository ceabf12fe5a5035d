import { EmbedBuilder } from "discord.js";
import { localDate } from "../../time/local-date.js";
import { CALENDAR_KINDS as KINDS, type Kind, type Language } from "../../model/calendar-schema.js";
import type { IsoDate } from "../../model/iso-date.js";
import { TONE_COLOURS } from "../../render/observance.js";
import { localText, translator } from "../../i18n/translate.js";
import { invalid } from "../../errors/app-error.js";
import { replyLanguage, command, lookUpCommand } from "../command.js";
import type { Services } from "../command-services.js";
import { replyWith } from "../reply-with.js";
import { occurrenceLines } from "../occurrence-line.js";
import { LANGUAGE } from "../language-option.js";
import { integerOption, stringOption, withOptions } from "../command-options.js";
import { localizedChoices } from "../command-label.js";
import { pageButtons, pageOf, type Page } from "../paging.js";

const COUNT = integerOption("next.count", (o) => o.setMinValue(1).setMaxValue(10));
const KIND = stringOption("next.kind", (o) =>
  o.addChoices(...localizedChoices(KINDS, (kind) => `kind.${kind}`)),
);

/** What a page of `/next` shows: the days after `from`, of one kind or all, `page.size` a page. */
export interface NextList {
  owner: string;
  lang: Language;
  from: IsoDate;
  kind: Kind | null;
  page: Page;
}

/** A page of `/next`, with Previous / Next when the days go on. */
export function nextPage(list: NextList, services: Services<"lookUps">) {
  const { lang, from, kind, page } = list;
  const shown = pageOf(page, (count) =>
    services.lookUps.next(from, { count, kinds: kind ? [kind] : [] }),
  );
  const t = translator(lang);
  const embed = new EmbedBuilder()
    .setTitle(`${t("post.nextUp")}${kind ? ` — ${t(`kind.${kind}`)}` : ""}`)
    .setDescription(occurrenceLines(shown.items, lang).join("\n"))
    .setColor(TONE_COLOURS.neutral);
  const state = [String(page.size), lang, from, kind ?? ""];
  return {
    embeds: [embed],
    components: pageButtons(lang, list.owner, "next", { page, more: shown.more }, state),
  };
}

export const next = command({
  uses: ["lookUps", "clock", "zone"],
  data: withOptions(lookUpCommand("next"), COUNT, KIND, LANGUAGE),
  async execute(interaction, services) {
    const lang = replyLanguage(interaction);
    const kind = KIND.read(interaction.options);
    const count = COUNT.read(interaction.options) ?? 5;
    // Discord checks choices and ranges against the registered command, which may be an older one.
    if (kind !== null && !(KINDS as readonly string[]).includes(kind))
      throw invalid(localText("error.unknownKind", { value: kind, accepted: KINDS.join(", ") }));
    if (count < 1 || count > 10) throw invalid(localText("error.count", { value: count }));
    const from = localDate(services.clock.now(), services.zone);
    const list = { owner: interaction.user.id, lang, from, kind: kind as Kind | null };
    await replyWith(interaction, nextPage({ ...list, page: { index: 0, size: count } }, services));
  },
});
