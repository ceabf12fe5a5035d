import type { Subscription } from "../model/subscription-model.js";

/** What a change to a subscription asks of the planner: its next post worked out again. */
export interface Rescheduler {
  reschedule(sub: Subscription, options?: { reopen?: boolean }): Promise<Subscription>;
}
