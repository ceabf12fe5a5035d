import type { DeliveryRepository } from "./delivery-repository.js";
import type { LiveMessageRepository } from "./live-message-repository.js";
import type { MemberReminderRepository } from "./member-reminder-repository.js";
import type { MetaRepository } from "./meta-repository.js";
import type { ScheduledEventRepository } from "./scheduled-event-repository.js";
import type { ServerDateRepository } from "./server-date-repository.js";
import type { SubscriptionRepository } from "./subscription-repository.js";

/** Every repository of the store, as the application uses them. */
export interface StorePorts {
  subscriptions: SubscriptionRepository;
  deliveries: DeliveryRepository;
  serverDates: ServerDateRepository;
  scheduledEvents: ScheduledEventRepository;
  liveMessages: LiveMessageRepository;
  meta: MetaRepository;
  memberReminders: MemberReminderRepository;
}
