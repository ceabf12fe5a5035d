import { CALENDAR_KINDS, isLanguage, type Kind } from "../../model/calendar-schema.js";
import { componentHandler, expired } from "../component.js";
import { PAGE, readPage } from "../paging.js";
import { updateMessage } from "../update-message.js";
import { dayOffPage } from "./dayoff.js";
import { nextPage } from "./next.js";

/** What a custom_id says of a list: its page size (1–10) and language, and the day it started from. */
function readList(size: string | undefined, lang: string | undefined, from: string | undefined) {
  const count = Number(size);
  if (!Number.isInteger(count) || count < 1 || count > 10 || !isLanguage(lang) || !from)
    throw expired();
  return { count, lang, from };
}

const isKind = (kind: string): kind is Kind => (CALENDAR_KINDS as readonly string[]).includes(kind);

/**
 * Previous / Next under `/next` and `/dayoff`: shows the page the button names by editing the same
 * message. The list's state is in the custom_id, so paging works after a restart too.
 */
export const pagingButtons = componentHandler({
  prefix: PAGE,
  uses: ["lookUps"],
  async handle(interaction, [list, index, size, lang, from, kind = ""], services) {
    const state = readList(size, lang, from);
    const page = readPage(index, state.count);
    const asked = { owner: interaction.user.id, lang: state.lang, from: state.from, page };
    if (list === "dayoff") return updateMessage(interaction, dayOffPage(asked, services));
    if (list !== "next" || !(kind === "" || isKind(kind))) throw expired();
    await updateMessage(
      interaction,
      nextPage({ ...asked, kind: isKind(kind) ? kind : null }, services),
    );
  },
});
