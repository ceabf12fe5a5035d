import type { Logger } from "../log/logger.js";
import type { LiveMessageRepository } from "../ports/live-message-repository.js";
import type { LiveTakedown } from "../ports/live-message-takedown.js";
import type { LiveSender } from "./live-sender.js";

/**
 * Deletes a live message left behind (rather than editing it to say it is no longer kept up): one
 * request, its pin goes with it, and no stale list stays in the channel.
 */
export function liveTakedown<Message>(deps: {
  live: Pick<LiveMessageRepository, "messageOf">;
  sender: Pick<LiveSender<Message>, "remove">;
  log: Logger;
}): LiveTakedown {
  return {
    async hold(sub) {
      const messageId = await deps.live.messageOf(sub.id);
      return () => {
        if (!messageId) return;
        const context = { subscription: sub.id, channel: sub.channelId, messageId };
        deps.sender.remove(sub, messageId).then(
          () => deps.log.info(context, "live message no longer kept up: deleted"),
          (error: unknown) =>
            deps.log.warn(
              { ...context, err: error },
              "could not delete a live message left behind",
            ),
        );
      };
    },
  };
}
