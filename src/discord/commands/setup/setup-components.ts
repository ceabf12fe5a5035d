import { MessageFlags, type GuildMember } from "discord.js";
import { CALENDAR_KINDS, isLanguage, type Kind } from "../../../model/calendar-schema.js";
import { SUBSCRIPTION_DEFAULTS } from "../../../model/subscription-model.js";
import { checkPostTime } from "../../../time/post-instant.js";
import { checkTimeZone } from "../../../time/time-zones.js";
import { addDays, localDate } from "../../../time/local-date.js";
import { localText, translator } from "../../../i18n/translate.js";
import { invalid, valid } from "../../../errors/app-error.js";
import { lenientReplyLanguage, SERVER_ADMINS } from "../../command.js";
import type { Services } from "../../command-services.js";
import { componentHandler, expired, type ComponentInteraction } from "../../component.js";
import type { SetupDraft } from "../../setup-drafts.js";
import { NO_MENTIONS } from "../../reply-with.js";
import { updateMessage } from "../../update-message.js";
import { channelToPost, type PostSettings } from "../subscription/channel-to-post.js";
import { describeSubscription } from "../subscription/describe-subscription.js";
import { postsOn } from "../subscription/preview-subscription.js";
import { SETUP, setupView } from "./setup-view.js";

type Cached = ComponentInteraction & { guildId: string; member: GuildMember };
type Used = "setupDrafts" | "subscriptionService" | "calendar" | "clock" | "refreshEvents";

const isKind = (value: string): value is Kind =>
  (CALENDAR_KINDS as readonly string[]).includes(value);
const chosen = (interaction: ComponentInteraction): string[] =>
  interaction.isAnySelectMenu() ? interaction.values : [];

/** What each select or button changes in the draft; the channel and role checked as add checks them. */
const CHANGES: Record<string, (draft: SetupDraft, values: string[], i: Cached) => SetupDraft> = {
  channel(draft, [channelId], i) {
    if (!channelId) return draft;
    channelToPost(i.member.guild, channelId, postSettings(draft), i.member);
    return { ...draft, channelId };
  },
  role(draft, [roleId = null], i) {
    if (draft.channelId)
      channelToPost(i.member.guild, draft.channelId, postSettings({ ...draft, roleId }), i.member);
    return { ...draft, roleId };
  },
  kinds: (draft, values) => ({ ...draft, kinds: values.filter(isKind) }),
  time: (draft, [time = ""]) => ({ ...draft, postTime: valid(checkPostTime(time)) }),
  zone: (draft, [zone = ""]) => ({ ...draft, timeZone: valid(checkTimeZone(zone)) }),
  language: (draft, [language]) => (isLanguage(language) ? { ...draft, language } : draft),
  next(draft) {
    if (!draft.channelId) throw invalid(localText("setup.chooseChannel"));
    return { ...draft, step: 2 };
  },
  back: (draft) => ({ ...draft, step: 1 }),
};

/** What the draft's channel is checked for: as `/subscription add` checks it (no thread from /setup). */
const postSettings = (draft: SetupDraft): PostSettings => ({
  roleId: draft.roleId,
  threadArchive: null,
  kinds: draft.kinds,
  language: draft.language,
});

/** The first post the draft would make, privately: the first day from today with something to post. */
async function preview(i: Cached, draft: SetupDraft, services: Services<"calendar" | "clock">) {
  const sub = {
    ...draft,
    remindDays: SUBSCRIPTION_DEFAULTS.remindDays,
    weekday: null,
    intro: null,
  };
  const today = localDate(services.clock.now(), draft.timeZone);
  for (let day = 0; day < 366; day++) {
    const messages = postsOn(services.calendar, sub, addDays(today, day));
    for (const m of messages) await i.followUp({ ...m, flags: MessageFlags.Ephemeral });
    if (messages.length) return;
  }
  const lang = lenientReplyLanguage(i);
  await i.followUp({
    content: translator(lang)("setup.nothingToPost"),
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral,
  });
}

/**
 * Saves the subscription as `/subscription add` does: the same checks of the channel and role for the
 * admin, the same service call, the same answer.
 */
async function confirm(i: Cached, draft: SetupDraft, services: Services<Used>) {
  const channel = channelToPost(
    i.member.guild,
    draft.channelId ?? "",
    postSettings(draft),
    i.member,
  );
  try {
    const added = await services.subscriptionService.add({
      guildId: i.guildId,
      channelId: channel.id,
      createdBy: i.user.id,
      timeZone: draft.timeZone,
      postTime: draft.postTime,
      language: draft.language,
      roleId: draft.roleId,
      kinds: draft.kinds,
    });
    const lang = lenientReplyLanguage(i);
    const subscription = describeSubscription(added, lang);
    await updateMessage(i, {
      content: translator(lang)("admin.added", { subscription }),
      embeds: [],
      components: [],
    });
  } finally {
    services.refreshEvents(i.guildId);
  }
}

/**
 * The components of `/setup`'s private message: each choice changes the draft and shows it again;
 * Preview shows the first post; Confirm saves; Cancel drops it. A draft gone (15 minutes, a restart)
 * answers that it expired.
 */
export const setupComponents = componentHandler({
  prefix: SETUP,
  requires: SERVER_ADMINS,
  mayWait: true,
  uses: ["setupDrafts", "subscriptionService", "calendar", "clock", "refreshEvents"],
  async handle(interaction, [draftId = "", part = ""], services) {
    if (!interaction.inCachedGuild()) throw expired();
    const i = interaction as Cached;
    const draft = services.setupDrafts.get(draftId);
    const lang = lenientReplyLanguage(i);
    if (part === "preview") return preview(i, draft, services);
    if (part === "confirm") {
      await confirm(i, draft, services);
      return services.setupDrafts.finish(draftId);
    }
    if (part === "cancel") {
      services.setupDrafts.finish(draftId);
      const content = translator(lang)("setup.cancelled");
      return updateMessage(i, { content, embeds: [], components: [] });
    }
    const change = Object.hasOwn(CHANGES, part) ? CHANGES[part] : undefined;
    if (!change) throw expired();
    const changed = change(draft, chosen(i), i);
    services.setupDrafts.set(draftId, changed);
    await updateMessage(i, setupView(draftId, i.user.id, changed, lang));
  },
});
