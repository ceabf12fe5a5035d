import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";
import type { Language } from "../model/calendar-schema.js";
import { translator } from "../i18n/translate.js";
import { customId, expired } from "./component.js";

/** The custom_id prefix of the Previous / Next buttons (`commands/paging-buttons.ts` handles them). */
export const PAGE = "page";

/** How far a list pages: ten pages of up to ten. */
const MAX_PAGES = 10;

/** A page of a list: which (from 0), and how many items a page holds. */
export interface Page {
  index: number;
  size: number;
}

/** The items of a page, from a look-up of the first `count`, and whether a next page may be asked for. */
export function pageOf<T>(
  page: Page,
  lookUp: (count: number) => T[],
): { items: T[]; more: boolean } {
  const end = (page.index + 1) * page.size;
  const found = lookUp(end + 1);
  const items = found.slice(page.index * page.size, end);
  if (page.index > 0 && !items.length) throw expired();
  return { items, more: found.length > end && page.index + 1 < MAX_PAGES };
}

/** A page's number read from a custom_id; one past the lists' reach is gone. */
export function readPage(index: string | undefined, size: number): Page {
  const n = Number(index);
  if (!Number.isInteger(n) || n < 0 || n >= MAX_PAGES) throw expired();
  return { index: n, size };
}

/**
 * Previous and Next, for the member who asked (`state`: what the list needs to show another page,
 * in its custom_id, so paging outlives a restart); none when the list fits one page.
 */
export function pageButtons(
  lang: Language,
  owner: string,
  list: string,
  { page, more }: { page: Page; more: boolean },
  state: readonly string[],
): ActionRowBuilder<ButtonBuilder>[] {
  if (page.index === 0 && !more) return [];
  const t = translator(lang);
  const to = (index: number) => customId(PAGE, owner, list, String(index), ...state);
  return [
    new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder()
        .setCustomId(to(page.index - 1))
        .setLabel(t("page.previous"))
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(page.index === 0),
      new ButtonBuilder()
        .setCustomId(to(page.index + 1))
        .setLabel(t("page.next"))
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(!more),
    ),
  ];
}
