import { KINDS, type Kind } from "../calendar/calendar-schema.js";

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export function checkKinds(text: string): Checked<Kind[]> {
  const words = text.split(/[\s,]+/).filter(Boolean);
  const unknown = words.filter((w) => !KINDS.includes(w as Kind));
  if (unknown.length) {
    return {
      ok: false,
      error: `Unknown kind "${unknown.join('", "')}". Accepted (comma-separated): ${KINDS.join(", ")}.`,
    };
  }
  return { ok: true, value: [...new Set(words as Kind[])] };
}
