import type { Language } from "../model/calendar-schema.js";
import type { Config } from "../config/env.js";
import { translator } from "../i18n/translate.js";
import { copyStore, StoreNotEmpty } from "../store/copy-store.js";
import { openDatabase } from "../store/open.js";
import { readCommandLine, refused } from "./command-line.js";
import type { CommandResult } from "./commands.js";

/**
 * `npm run cli -- store copy --to <url> [--schema <name>]`: moves a stopped bot's store (DATABASE_URL)
 * into a new, empty one — SQLite to PostgreSQL, say — with its outbox, so that nothing already posted
 * is posted again. The source SQLite file's lock is taken: a running bot keeps it, and the copy refuses.
 */
export async function runStoreCommand(
  args: string[],
  deps: { config: Config; lang: Language },
): Promise<CommandResult> {
  const t = translator(deps.lang);
  const parsed = readCommandLine(
    args,
    { to: { type: "string" }, schema: { type: "string" } },
    t("store.usage"),
  );
  if (!parsed.ok) return parsed.refusal;
  const [, action] = parsed.positionals;
  const target = parsed.values.to;
  if (action !== "copy" || !target || !/^(file:|postgres(ql)?:\/\/)/.test(target))
    return refused(t("store.usage"));
  const from = await openDatabase(deps.config.DATABASE_URL, {
    schema: deps.config.DATABASE_SCHEMA,
  });
  try {
    const to = await openDatabase(target, { schema: parsed.values.schema, sqliteLock: false });
    try {
      const counts = await copyStore(from.db, to.db);
      return {
        exitCode: 0,
        stdout: t("store.copied", {
          subscriptions: counts.subscriptions,
          dates: counts.server_dates,
          events: counts.scheduled_events,
          posts: counts.deliveries,
          reminders: counts.member_reminders,
        }),
        stderr: "",
      };
    } catch (error) {
      if (error instanceof StoreNotEmpty) return refused(t("store.notEmpty"));
      throw error;
    } finally {
      await to.db.destroy();
    }
  } finally {
    await from.db.destroy();
  }
}
