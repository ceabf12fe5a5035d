import { SlashCommandBuilder } from "discord.js";
import { SUBSCRIPTION_DEFAULTS } from "../../../model/subscription-model.js";
import {
  command,
  declareRequirements,
  lenientReplyLanguage,
  SERVER_ADMINS,
} from "../../command.js";
import { label } from "../../command-label.js";
import { conflict } from "../../../errors/app-error.js";
import { localText } from "../../../i18n/translate.js";
import { replyWith } from "../../reply-with.js";
import { setupView } from "./setup-view.js";

/**
 * `/setup`: a guided `/subscription add`, in a private message with components — step 1 where
 * (channel, role, kinds), step 2 when and in which language, a preview, Confirm / Cancel.
 */
export const setup = command({
  requires: SERVER_ADMINS,
  uses: ["setupDrafts"],
  data: declareRequirements(label(new SlashCommandBuilder(), "setup"), SERVER_ADMINS),
  async execute(interaction, services) {
    // Dispatch checked it (SERVER_ADMINS); this tells the types.
    if (!interaction.inCachedGuild()) throw conflict(localText("error.guildOnly"));
    const draft = {
      guildId: interaction.guildId,
      channelId: null,
      roleId: null,
      kinds: [],
      postTime: SUBSCRIPTION_DEFAULTS.postTime,
      timeZone: SUBSCRIPTION_DEFAULTS.timeZone,
      language: SUBSCRIPTION_DEFAULTS.language,
      step: 1 as const,
    };
    const id = services.setupDrafts.start(draft);
    const lang = lenientReplyLanguage(interaction);
    await replyWith(interaction, {
      ...setupView(id, interaction.user.id, draft, lang),
      ephemeral: true,
    });
  },
});
