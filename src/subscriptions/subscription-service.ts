import type { Clock } from "../clock/clock.js";
import type { LiveTakedown } from "../ports/live-message-takedown.js";
import type { Rescheduler } from "../ports/rescheduler.js";
import { conflict, notFound } from "../errors/app-error.js";
import { localText } from "../i18n/translate.js";
import {
  SubscriptionConflict,
  type NewSubscription,
  type SubscriptionPatch,
  type SubscriptionRepository,
} from "../ports/subscription-repository.js";
import {
  MAX_SUBSCRIPTIONS_PER_GUILD,
  SUBSCRIPTION_DEFAULTS,
  type Subscription,
} from "../model/subscription-model.js";

export type SubscriptionInput = Pick<NewSubscription, "guildId" | "channelId" | "createdBy"> &
  Partial<Omit<NewSubscription, "id" | "guildId" | "channelId" | "createdBy">>;

/**
 * The one place that adds, edits, pauses, resumes and removes a subscription: defaults, status,
 * saving and rescheduling, for Discord's handlers and the operators' CLI alike. What only Discord can
 * check (that the bot and the admin may post in the channel) the handler checks before calling. A
 * subscription that is not there is an AppError "not-found"; one a save refuses (a second in the same
 * channel and language, one over the cap), "conflict".
 */
export interface SubscriptionService {
  add(input: SubscriptionInput): Promise<Subscription>;
  /** Changes settings; a broken subscription is active again, and its refused posts get another try. */
  edit(guildId: string, id: string, patch: SubscriptionPatch): Promise<Subscription>;
  pause(guildId: string, id: string): Promise<Subscription>;
  /** Active again (from paused or broken), with the posts refused while broken given another try. */
  resume(guildId: string, id: string): Promise<Subscription>;
  remove(guildId: string, id: string): Promise<Subscription>;
  get(guildId: string, id: string): Promise<Subscription>;
  /** Discord said the channel is gone when posting: the subscription goes with it. */
  channelGone(sub: Subscription): Promise<void>;
  /** The bot may no longer post there: broken until an admin edits or resumes it. */
  markBroken(sub: Subscription, reason: string): Promise<void>;
  /** The bot left the server: its subscriptions go; how many. */
  forgetGuild(guildId: string): Promise<number>;
  /** The channel or thread was deleted: its subscriptions go; how many. */
  forgetChannel(channelId: string): Promise<number>;
}

export function subscriptionService(deps: {
  subscriptions: SubscriptionRepository;
  scheduler: Rescheduler;
  clock: Clock;
  newId(): string;
  /** Where the bot is connected to Discord: live messages left behind are taken down. */
  takedown?: LiveTakedown;
}): SubscriptionService {
  const { subscriptions, scheduler } = deps;
  /** The live message `sub` shows, to take down once a change ends it; a no-op without one. */
  const holdLive = async (sub: Subscription): Promise<() => void> =>
    sub.live && deps.takedown ? deps.takedown.hold(sub) : () => {};
  const now = () => deps.clock.now().toUTC().toISO()!;
  const get = async (guildId: string, id: string) => {
    const sub = await subscriptions.get(guildId, id);
    if (!sub) throw notFound(localText("error.noSubscription"));
    return sub;
  };
  const setStatus = async (guildId: string, id: string, status: "active" | "paused") => {
    await get(guildId, id);
    const updated = (await subscriptions.setStatus(guildId, id, status, null, now()))!;
    return status === "active" ? scheduler.reschedule(updated, { reopen: true }) : updated;
  };
  return {
    get,
    async add(input) {
      const added = await subscriptions
        .add(
          {
            id: deps.newId(),
            timeZone: SUBSCRIPTION_DEFAULTS.timeZone,
            postTime: SUBSCRIPTION_DEFAULTS.postTime,
            language: SUBSCRIPTION_DEFAULTS.language,
            roleId: null,
            kinds: [],
            remindDays: SUBSCRIPTION_DEFAULTS.remindDays,
            weekday: null,
            publish: false,
            events: false,
            intro: null,
            live: false,
            pin: false,
            threadArchive: null,
            ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
            guildId: input.guildId,
            channelId: input.channelId,
            createdBy: input.createdBy,
          },
          now(),
        )
        .catch((error: unknown) => {
          if (!(error instanceof SubscriptionConflict)) throw error;
          throw conflict(
            error.reason === "duplicate"
              ? localText("error.subscriptionDuplicate")
              : localText("error.subscriptionCap", { max: MAX_SUBSCRIPTIONS_PER_GUILD }),
          );
        });
      return scheduler.reschedule(added);
    },
    async edit(guildId, id, patch) {
      const before = await get(guildId, id);
      const takeDown = await holdLive(before);
      let updated = await subscriptions.update(guildId, id, patch).catch((error: unknown) => {
        if (error instanceof SubscriptionConflict)
          throw conflict(localText("error.subscriptionTaken"));
        throw error;
      });
      if (!updated) throw notFound(localText("error.noSubscription"));
      if (!updated.live || updated.channelId !== before.channelId) takeDown();
      if (updated.status === "broken")
        updated = (await subscriptions.setStatus(guildId, id, "active", null, now()))!;
      return scheduler.reschedule(updated, { reopen: before.status === "broken" });
    },
    pause: (guildId, id) => setStatus(guildId, id, "paused"),
    resume: (guildId, id) => setStatus(guildId, id, "active"),
    async remove(guildId, id) {
      const sub = await get(guildId, id);
      const takeDown = await holdLive(sub);
      await subscriptions.remove(guildId, id);
      takeDown();
      return sub;
    },
    // Both as the post that failed read the subscription: one an admin changed (moved) since stays.
    async channelGone(sub) {
      await subscriptions.remove(sub.guildId, sub.id, sub.revision);
    },
    async markBroken(sub, reason) {
      await subscriptions.setStatus(sub.guildId, sub.id, "broken", reason, now(), sub.revision);
    },
    forgetGuild: (guildId) => subscriptions.removeGuild(guildId),
    forgetChannel: (channelId) => subscriptions.removeChannel(channelId),
  };
}
