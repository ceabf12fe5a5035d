import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelSelectMenuBuilder,
  ChannelType,
  EmbedBuilder,
  RoleSelectMenuBuilder,
  StringSelectMenuBuilder,
  type MessageActionRowComponentBuilder,
} from "discord.js";
import { CALENDAR_KINDS, LANGUAGES, type Language } from "../../../model/calendar-schema.js";
import { TONE_COLOURS } from "../../../render/observance.js";
import { translator, type Translate } from "../../../i18n/translate.js";
import { customId } from "../../component.js";
import type { SetupDraft } from "../../setup-drafts.js";

/** The custom_id prefix of the set-up's components (`setup-components.ts` handles them). */
export const SETUP = "setup";

/** The zones offered, the most asked first; any other is set with `/subscription edit timezone`. */
export const SETUP_ZONES = [
  "Asia/Baku",
  "Europe/Istanbul",
  "Europe/Moscow",
  "Asia/Tbilisi",
  "Europe/Kyiv",
  "Europe/London",
  "Europe/Berlin",
  "Europe/Paris",
  "Asia/Dubai",
  "Asia/Tashkent",
  "Asia/Almaty",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "America/Toronto",
  "UTC",
] as const;

/** Whole hours, as a select holds up to 25 options; other minutes with `/subscription edit time`. */
export const SETUP_TIMES = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, "0")}:00`);

const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  az: "Azərbaycanca",
  ru: "Русский",
};

type Row = ActionRowBuilder<MessageActionRowComponentBuilder>;
const row = (...components: MessageActionRowComponentBuilder[]): Row =>
  new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(...components);

/** A select of fixed values, the draft's one chosen. */
function choice(id: string, placeholder: string, values: readonly string[], chosen: string) {
  return new StringSelectMenuBuilder()
    .setCustomId(id)
    .setPlaceholder(placeholder)
    .addOptions(values.map((v) => ({ label: v, value: v, default: v === chosen })));
}

function button(id: string, text: string, style: ButtonStyle, disabled = false) {
  return new ButtonBuilder().setCustomId(id).setLabel(text).setStyle(style).setDisabled(disabled);
}

/** Step 1: the channel, a role to mention, the kinds of days. */
function whereRows(t: Translate, id: (part: string) => string, draft: SetupDraft): Row[] {
  const kinds = new StringSelectMenuBuilder()
    .setCustomId(id("kinds"))
    .setPlaceholder(t("setup.kinds"))
    .setMinValues(0)
    .setMaxValues(CALENDAR_KINDS.length)
    .addOptions(
      CALENDAR_KINDS.map((kind) => ({
        label: t(`kind.${kind}`),
        value: kind,
        default: draft.kinds.includes(kind),
      })),
    );
  return [
    row(
      new ChannelSelectMenuBuilder()
        .setCustomId(id("channel"))
        .setPlaceholder(t("setup.channel"))
        .setChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement)
        .setDefaultChannels(draft.channelId ? [draft.channelId] : []),
    ),
    row(
      new RoleSelectMenuBuilder()
        .setCustomId(id("role"))
        .setPlaceholder(t("setup.role"))
        .setMinValues(0)
        .setDefaultRoles(draft.roleId ? [draft.roleId] : []),
    ),
    row(kinds),
    row(
      button(id("next"), t("setup.next"), ButtonStyle.Primary, !draft.channelId),
      button(id("cancel"), t("confirm.cancel"), ButtonStyle.Secondary),
    ),
  ];
}

/** Step 2: the time, the zone, the language; then preview, confirm or cancel. */
function whenRows(t: Translate, id: (part: string) => string, draft: SetupDraft): Row[] {
  const languages = new StringSelectMenuBuilder()
    .setCustomId(id("language"))
    .setPlaceholder(t("setup.language"))
    .addOptions(
      LANGUAGES.map((l) => ({ label: LANGUAGE_NAMES[l], value: l, default: l === draft.language })),
    );
  return [
    row(choice(id("time"), t("setup.time"), SETUP_TIMES, draft.postTime)),
    row(choice(id("zone"), t("setup.zone"), SETUP_ZONES, draft.timeZone)),
    row(languages),
    row(
      button(id("back"), t("setup.back"), ButtonStyle.Secondary),
      button(id("preview"), t("setup.preview"), ButtonStyle.Secondary),
      button(id("confirm"), t("setup.confirm"), ButtonStyle.Success),
      button(id("cancel"), t("confirm.cancel"), ButtonStyle.Secondary),
    ),
  ];
}

/** The set-up's private message for its admin: what is chosen so far, and the step's components. */
export function setupView(draftId: string, owner: string, draft: SetupDraft, lang: Language) {
  const t = translator(lang);
  const id = (part: string) => customId(SETUP, owner, draftId, part);
  const summary = t("setup.summary", {
    channel: draft.channelId ? `<#${draft.channelId}>` : "—",
    role: draft.roleId ? `<@&${draft.roleId}>` : t("setup.noRole"),
    kinds: draft.kinds.length
      ? draft.kinds.map((k) => t(`kind.${k}`)).join(", ")
      : t("admin.allKinds"),
    time: draft.postTime,
    zone: draft.timeZone,
    language: LANGUAGE_NAMES[draft.language],
  });
  const embed = new EmbedBuilder()
    .setTitle(t("setup.title"))
    .setDescription(`${t(draft.step === 1 ? "setup.where" : "setup.when")}\n\n${summary}`)
    .setColor(TONE_COLOURS.neutral);
  return {
    embeds: [embed],
    components: draft.step === 1 ? whereRows(t, id, draft) : whenRows(t, id, draft),
  };
}
