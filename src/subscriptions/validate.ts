import { KINDS, type Kind } from "../model/calendar-schema.js";
import { localText, type LocalText } from "../i18n/translate.js";

export type Checked<T> = { ok: true; value: T } | { ok: false; error: LocalText };

/** Kinds typed comma-separated; "all" is every kind (an empty list). */
export function checkKinds(text: string): Checked<Kind[]> {
  if (text.trim() === "all") return { ok: true, value: [] };
  const words = text.split(/[\s,]+/).filter(Boolean);
  const unknown = words.filter((w) => !KINDS.includes(w as Kind));
  if (unknown.length) {
    return {
      ok: false,
      error: localText("error.unknownKinds", {
        value: unknown.join('", "'),
        accepted: KINDS.join(", "),
      }),
    };
  }
  return { ok: true, value: [...new Set(words as Kind[])] };
}
