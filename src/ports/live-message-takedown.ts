import type { Subscription } from "../model/subscription-model.js";

/** Takes down a live message no subscription keeps up any more (removed, turned off, moved away). */
export interface LiveTakedown {
  /**
   * Notes the message `sub` shows now, before a change that may end it; the function returned deletes
   * it in the background (best effort: a failure is logged, the admin's change is never held up).
   */
  hold(sub: Subscription): Promise<() => void>;
}
