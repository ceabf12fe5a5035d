import { localText, type LocalText } from "../i18n/translate.js";
import type { Checked } from "./validate.js";

// An admin's text is posted to the server's channels: it may not ping anyone or hide where a link goes.
const MENTION = /<@[!&]?\d+>|<#\d+>|@everyone|@here/i;
// Any "](" before a scheme: link text may itself hold brackets ("[[x]](https://…)").
const MASKED_LINK = /\]\(\s*<?[a-z][\w+.-]*:/i;

/**
 * Checks a text an admin gives for the bot to post: 1 to `max` characters once trimmed, no mention,
 * no masked link. `field` names it in the refusal; `mention` says what to write instead, where
 * something may be.
 */
export function checkPostedText(
  value: string,
  max: number,
  field: LocalText,
  mention: LocalText = localText("error.serverDateMention", { field: [field] }),
): Checked<string> {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max)
    return { ok: false, error: localText("error.serverDateLength", { field: [field], max }) };
  if (MENTION.test(trimmed)) return { ok: false, error: mention };
  if (MASKED_LINK.test(trimmed))
    return { ok: false, error: localText("error.serverDateMaskedLink", { field: [field] }) };
  return { ok: true, value: trimmed };
}
