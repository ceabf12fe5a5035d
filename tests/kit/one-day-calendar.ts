import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DateTime } from "luxon";
import { stringify } from "yaml";
import { observance } from "./helpers.js";

/** A DATA_DIR whose calendar has one day, on `date`'s month and day (a real-time process needs one). */
export function oneDayCalendar(date: DateTime): string {
  const dir = mkdtempSync(join(tmpdir(), "yaddash-data-"));
  copyFileSync(join("data", "sources.yaml"), join(dir, "sources.yaml"));
  writeFileSync(join(dir, "days-off.yaml"), "[]\n");
  const day = {
    ...observance("kalbajar-city-day"),
    id: "the-day",
    facts: [],
    date: { month: date.month, day: date.day },
  };
  writeFileSync(join(dir, "observances.yaml"), stringify([day]));
  return dir;
}
