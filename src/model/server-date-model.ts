import type { Language } from "./calendar-schema.js";

/** A date a server's admins added to what its subscriptions post (`/date`). */
export interface ServerDate {
  id: string;
  guildId: string;
  name: string;
  text: string;
  month: number;
  day: number;
  /** A one-off date: posted in this year only. null: every year. */
  year: number | null;
  /** The year it began, for the anniversary count; null: no count. */
  firstYear: number | null;
  /** Posted only to the server's subscriptions in this language; null: to all of them. */
  language: Language | null;
  createdBy: string;
  createdAt: string;
}

export type ServerDateFields = Pick<
  ServerDate,
  "name" | "text" | "month" | "day" | "year" | "firstYear" | "language"
>;

export const MAX_SERVER_DATES = 50;
export const NAME_MAX = 100;
export const TEXT_MAX = 500;
