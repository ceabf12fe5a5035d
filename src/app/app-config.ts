import type { Config } from "../config/env.js";
import type { AppConfig } from "./create-app.js";

/** What the application takes from the environment's configuration. */
export const appConfig = (config: Config, newId: () => string): AppConfig => ({
  dataDir: config.DATA_DIR,
  zone: config.DEFAULT_TIMEZONE,
  newId,
  delivery: {
    catchUpHours: config.CATCH_UP_HOURS,
    leaseSeconds: config.DELIVERY_LEASE_SECONDS,
    concurrency: config.FANOUT_CONCURRENCY,
    retentionDays: config.OUTBOX_RETENTION_DAYS,
  },
});
