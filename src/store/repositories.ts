import type { Kysely } from "kysely";
import type { StorePorts } from "../ports/store-ports.js";
import { deliveryRepository } from "./deliveries.js";
import { liveMessageRepository } from "./live-messages.js";
import { memberReminderRepository } from "./member-reminders.js";
import { metaRepository } from "./meta.js";
import { scheduledEventRepository } from "./scheduled-events.js";
import { serverDateRepository } from "./server-dates.js";
import { subscriptionRepository } from "./subscriptions.js";
import type { Database } from "./tables.js";
import { directWrites, type Writes } from "./write-batch.js";

/** The store's repositories on one database; `writes` batches the outbox and schedule writes. */
export function repositories(db: Kysely<Database>, writes: Writes = directWrites(db)): StorePorts {
  return {
    subscriptions: subscriptionRepository(db, writes),
    deliveries: deliveryRepository(db, writes),
    serverDates: serverDateRepository(db),
    scheduledEvents: scheduledEventRepository(db),
    liveMessages: liveMessageRepository(db),
    meta: metaRepository(db),
    memberReminders: memberReminderRepository(db),
  };
}
