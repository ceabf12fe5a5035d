import { DateTime } from "luxon";
import { z } from "zod";

export const LANGUAGES = ["en", "az", "ru"] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (value: string | null | undefined): value is Language =>
  (LANGUAGES as readonly string[]).includes(value ?? "");

/**
 * The kinds of the calendar's own days (data/observances.yaml): first the days an act of the state
 * established (OBSERVED_KINDS), then the dates in history that no act made a day of its own.
 */
export const CALENDAR_KINDS = [
  "public-holiday",
  "memorial-day",
  "state-day",
  "city-day",
  "professional-day",
  "occupation-anniversary",
  "anniversary",
] as const;
/** Kinds without official status: anniversaries of events, kept apart from the observed days. */
export const UNOFFICIAL_KINDS = ["occupation-anniversary", "anniversary"] as const;
/** …and a server's own dates (`/date`), which a subscription's kinds may name too. */
export const KINDS = [...CALENDAR_KINDS, "server-day"] as const;
export type Kind = (typeof KINDS)[number];

/** Whether an observance is a day the state established, as opposed to an anniversary of an event. */
export const isObserved = (o: { kind: Kind }): boolean =>
  !(UNOFFICIAL_KINDS as readonly string[]).includes(o.kind);

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

const year = z.int().min(1800).max(2100);
const days = z.int().min(1).max(10).default(1);

const fixedRule = z
  .strictObject({ month: z.int().min(1).max(12), day: z.int().min(1).max(31), days })
  // 2024 is a leap year, so 29 February passes and 30 February does not.
  .refine((r) => DateTime.utc(2024, r.month, r.day).isValid, "no such day in that month");

/**
 * A day of the Hijri calendar. The Cabinet of Ministers announces its Gregorian dates for the next
 * year (Labour Code, Art. 105.4): those are `announced`; later years are computed and shown as
 * expected until announced.
 */
const hijriRule = z
  .strictObject({
    hijri: z.strictObject({ month: z.int().min(1).max(12), day: z.int().min(1).max(30) }),
    days,
    announced: z.array(z.strictObject({ start: isoDate, source: text })).default([]),
  })
  .refine(
    (r) => r.announced.every((a, i) => i === 0 || a.start > r.announced[i - 1]!.start),
    "announced dates must be in order, one entry per occurrence",
  );

/** A non-working day under Article 105 of the Labour Code. */
const dayOffRule = z.strictObject({
  since: year.optional(),
  /** Whether a rest day it falls on moves to the next working day (Art. 105.5; 20 January does not). */
  moves: z.boolean().default(true),
  /** Whether coinciding with another non-working holiday makes the next working day a day off (Art. 105.6). */
  extraDayOnOverlap: z.boolean().default(false),
  source: text,
});

/**
 * The act that established a day: its kind, its issuer, its date and number, as the act itself is
 * cited ("Azərbaycan Respublikası Prezidentinin 2001-ci il 16 avqust tarixli 558 nömrəli Fərmanı").
 */
export const ACT_TYPES = ["decree", "order", "law", "resolution", "decision"] as const;
export const ACT_ISSUERS = [
  "president",
  "milli-majlis",
  "cabinet",
  "supreme-council",
  "nakhchivan-supreme-majlis",
] as const;
const actSchema = z.strictObject({
  type: z.enum(ACT_TYPES),
  by: z.enum(ACT_ISSUERS),
  date: isoDate,
  number: text.optional(),
  source: text,
});
export type Act = z.infer<typeof actSchema>;

export const sourceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id"),
    /** The headline as the page gives it, in the page's own language. */
    title: text.optional(),
    /** Where the page shows no headline: the calendar's own description of it, in every language. */
    description: localized.optional(),
    /** A name (a brand stays as it is written), or, where it is words, the words in every language. */
    publisher: z.union([text, localized]).optional(),
    author: text.optional(),
    date: partialDate.optional(),
    url: z.url().optional(),
    copy: text.optional(),
    note: text.optional(),
    /**
     * An official text: an act's own text wherever it is published, a page of a state body, or a UN
     * document (docs/style.md, "Sources"). An entry lists its official sources first.
     */
    official: z.boolean().default(false),
  })
  .refine(
    (s) => Boolean(s.title) !== Boolean(s.description),
    "give either the page's own title or, where it has none, a description in every language",
  );

export const observanceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id"),
  names,
  /** Names the day had before: each applies to the years before `until`. */
  formerNames: z.array(z.strictObject({ until: year, names })).default([]),
  aliases: z.array(text).default([]),
  date: z.union([fixedRule, hijriRule]),
  /** How many days the holiday lasted before: each applies to the years before `until`. */
  formerDays: z
    .array(z.strictObject({ until: year, days, sources: z.array(text).min(1) }))
    .default([]),
  dayOff: dayOffRule.optional(),
  established: year.optional(),
  /** The act that established the day; its year is `established`. */
  act: actSchema.optional(),
  firstObserved: year.optional(),
  /** The last year it is observed (a one-off date: the same as firstObserved). */
  lastObserved: year.optional(),
  event: isoDate.optional(),
  kind: z.enum(CALENDAR_KINDS),
  tone: z.enum(TONES),
  summary: localized,
  facts: z.array(localized.extend({ source: text })).default([]),
  /** At most four, the official texts first: a post's footer cites each. */
  sources: z.array(text).min(1).max(4),
});

export type Source = z.infer<typeof sourceSchema>;
/** An observance of the calendar's data, or a server's own date made into one (kind "server-day"). */
export type Observance = Omit<z.infer<typeof observanceSchema>, "kind"> & { kind: Kind };
export type LocalizedText = z.infer<typeof localized>;

/** One year's days off beyond the Labour Code's rules, as the Cabinet of Ministers decided them. */
export const dayOffYearSchema = z.strictObject({
  year,
  sources: z.array(text).min(1),
  /** `from`, a day off, becomes a working day; `to`, a working day, becomes a day off. */
  transfers: z.array(z.strictObject({ from: isoDate, to: isoDate, source: text })).default([]),
  daysOff: z.array(z.strictObject({ date: isoDate, reason: localized, source: text })).default([]),
});

export type DayOffYear = z.infer<typeof dayOffYearSchema>;

export interface Calendar {
  readonly observances: readonly Observance[];
  readonly sources: ReadonlyMap<string, Source>;
  /** The Cabinet's decisions on days off, one entry per year, in order. */
  readonly daysOff: readonly DayOffYear[];
}
