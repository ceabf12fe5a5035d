import type { LocalText } from "../i18n/translate.js";

/**
 * What kind of refusal: what was named is not there (not found); the server's state does not allow it
 * — a cap, a duplicate, a permission someone lacks (conflict); the input is wrong (invalid); the store
 * cannot serve now, try again in a minute (unavailable).
 */
export type AppErrorKind = "not-found" | "conflict" | "invalid" | "unavailable";

/**
 * A refusal the app tells its user, in their language: a text of the tables, with its values. Nothing
 * was changed. Each entry point turns it into an answer in one place (Discord's dispatch, the CLI).
 */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly kind: AppErrorKind,
    readonly text: LocalText,
  ) {
    super(text.key);
  }
}

export const notFound = (text: LocalText) => new AppError("not-found", text);
export const conflict = (text: LocalText) => new AppError("conflict", text);
export const invalid = (text: LocalText) => new AppError("invalid", text);
export const unavailable = (text: LocalText) => new AppError("unavailable", text);

/** A check's value, or its error thrown as invalid input. */
export function valid<T>(checked: { ok: true; value: T } | { ok: false; error: LocalText }): T {
  if (!checked.ok) throw invalid(checked.error);
  return checked.value;
}
