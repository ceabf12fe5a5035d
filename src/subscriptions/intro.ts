import { localText } from "../i18n/translate.js";
import { INTRO_PLACEHOLDER, INTRO_PLACEHOLDERS } from "../render/intro-line.js";
import { checkPostedText } from "./posted-text.js";
import type { Checked } from "./validate.js";

export const INTRO_MAX = 300;

/** What an admin types to remove a subscription's intro. */
export const NO_INTRO = "-";

const accepted = INTRO_PLACEHOLDERS.map((p) => `{${p}}`).join(", ");

/**
 * Checks an intro line as a server's own dates are checked — length, no mention, no masked link —
 * and its placeholders. The subscription's role is the one mention it may hold, as `{role}`.
 */
export function checkIntro(text: string): Checked<string> {
  const unknown = [...text.matchAll(INTRO_PLACEHOLDER)].find(
    ([, name]) => !(INTRO_PLACEHOLDERS as readonly string[]).includes(name!),
  );
  if (unknown)
    return {
      ok: false,
      error: localText("error.introPlaceholder", { value: unknown[0], accepted }),
    };
  const field = localText("subscription.introField");
  return checkPostedText(
    text,
    INTRO_MAX,
    field,
    localText("error.introMention", { field: [field], role: "{role}" }),
  );
}
