import type { LocalText } from "./translate.js";

/**
 * Bad input from a user (a command's option, a date's text): answered, in the user's language, with
 * what was wrong and what is accepted. Nothing was changed.
 */
export class UserInputError extends Error {
  override name = "UserInputError";
  constructor(readonly text: LocalText) {
    super(text.key);
  }
}
