import { DateTime } from "luxon";
import { z } from "zod";

export const LANGUAGES = ["en", "az", "ru"] as const;
export type Language = (typeof LANGUAGES)[number];

export const KINDS = [
  "public-holiday",
  "memorial-day",
  "state-day",
  "city-day",
  "anniversary",
] as const;
export type Kind = (typeof KINDS)[number];

export const TONES = ["celebration", "mourning", "neutral"] as const;
export type Tone = (typeof TONES)[number];

const text = z.string().trim().min(1);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => DateTime.fromISO(s).isValid, "not a real calendar date");

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

// Every text in every language: no language falls back to another.
const localized = z.strictObject({ en: text, az: text, ru: text });
const names = z.strictObject({ en: text, az: text, ru: text });

const fixedRule = z
  .strictObject({ month: z.int().min(1).max(12), day: z.int().min(1).max(31) })
  // 2024 is a leap year, so 29 February passes and 30 February does not.
  .refine((r) => DateTime.utc(2024, r.month, r.day).isValid, "no such day in that month");

const listRule = z.strictObject({ dates: z.array(isoDate).min(1) });

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id"),
  title: text,
  publisher: text.optional(),
  author: text.optional(),
  date: partialDate.optional(),
  url: z.url().optional(),
  copy: text.optional(),
  note: text.optional(),
});

export const observanceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id"),
  names,
  /** Names the day had before: each applies to the years before `until`. */
  formerNames: z.array(z.strictObject({ until: z.int().min(1800).max(2100), names })).default([]),
  aliases: z.array(text).default([]),
  date: z.union([fixedRule, listRule]),
  established: z.int().min(1800).max(2100).optional(),
  firstObserved: z.int().min(1800).max(2100).optional(),
  event: isoDate.optional(),
  kind: z.enum(KINDS),
  tone: z.enum(TONES),
  summary: localized,
  facts: z.array(localized.extend({ source: text })).default([]),
  sources: z.array(text).min(1),
});

export type Source = z.infer<typeof sourceSchema>;
export type Observance = z.infer<typeof observanceSchema>;
export type LocalizedText = z.infer<typeof localized>;
