import {
  ChannelType,
  type ChatInputCommandInteraction,
  type GuildBasedChannel,
  type Role,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import { LANGUAGES, type Kind, type Language } from "../calendar/calendar-schema.js";
import { checkKinds, type Checked } from "../subscriptions/validate.js";
import { checkPostTime } from "../time/post-instant.js";
import { checkTimeZone } from "../time/time-zones.js";
import { UserInputError } from "./command.js";
import { label } from "./command-label.js";
import { languageOption } from "./language-option.js";

export interface ScheduleInput {
  channel?: GuildBasedChannel;
  timeZone?: string;
  postTime?: string;
  language?: Language;
  /** null: mention no role. */
  role?: Role | null;
  kinds?: Kind[];
  remindDays?: number;
  publish?: boolean;
}

const valid = <T>(checked: Checked<T>): T => {
  if (!checked.ok) throw new UserInputError(checked.error);
  return checked.value;
};

/** Reads and checks the options that add and edit share; anything wrong is a UserInputError. */
export async function readScheduleOptions(
  interaction: ChatInputCommandInteraction<"cached">,
): Promise<ScheduleInput> {
  const o = interaction.options;
  const input: ScheduleInput = {};
  const channelOption = o.getChannel("channel");
  if (channelOption) {
    const channel =
      interaction.guild.channels.cache.get(channelOption.id) ??
      (await interaction.guild.channels.fetch(channelOption.id));
    if (!channel)
      throw new UserInputError(
        `I can't see <#${channelOption.id}>. Give me View Channel there, then try again.`,
      );
    input.channel = channel;
  }
  const time = o.getString("time");
  if (time !== null) input.postTime = valid(checkPostTime(time));
  const zone = o.getString("timezone");
  if (zone !== null) input.timeZone = valid(checkTimeZone(zone));
  // Discord checks choices and ranges against the registered command, which may be an older one.
  const language = o.getString("language");
  if (language !== null) {
    if (!(LANGUAGES as readonly string[]).includes(language))
      throw new UserInputError(`Unknown language "${language}". Choose en, az or ru.`);
    input.language = language as Language;
  }
  const role = o.getRole("role");
  if (role) input.role = role;
  if (o.getBoolean("no-role")) input.role = null;
  const kinds = o.getString("kinds");
  if (kinds !== null) input.kinds = kinds.trim() === "all" ? [] : valid(checkKinds(kinds));
  const remindDays = o.getInteger("remind-days");
  if (remindDays !== null) {
    if (remindDays < 0 || remindDays > 7)
      throw new UserInputError(`remind-days must be from 0 to 7, not ${remindDays}.`);
    input.remindDays = remindDays;
  }
  const publish = o.getBoolean("publish");
  if (publish !== null) input.publish = publish;
  return input;
}

/** The options add and edit share; `channelRequired` for add. */
export function scheduleOptions(
  sub: SlashCommandSubcommandBuilder,
  channelRequired: boolean,
): SlashCommandSubcommandBuilder {
  return sub
    .addChannelOption((c) =>
      label(
        c,
        ["channel", "канал", "kanal"],
        ["Channel that gets the posts", "Канал для публикаций", "Gönderilerin kanalı"],
      )
        .setRequired(channelRequired)
        .addChannelTypes(
          ChannelType.GuildText,
          ChannelType.GuildAnnouncement,
          ChannelType.PublicThread,
          ChannelType.PrivateThread,
          ChannelType.AnnouncementThread,
        ),
    )
    .addStringOption((c) =>
      label(
        c,
        ["time", "время", "saat"],
        [
          "Local post time, HH:mm (default 09:00)",
          "Местное время публикации, ЧЧ:мм",
          "Yerel gönderim saati, SS:dd",
        ],
      ).setMaxLength(5),
    )
    .addStringOption((c) =>
      label(
        c,
        ["timezone", "часовой-пояс", "saat-dilimi"],
        ["IANA time zone (default Asia/Baku)", "Часовой пояс IANA", "IANA saat dilimi"],
      )
        .setAutocomplete(true)
        .setMaxLength(64),
    )
    .addStringOption(languageOption)
    .addRoleOption((c) =>
      label(
        c,
        ["role", "роль", "rol"],
        ["Role to mention in each post", "Роль для упоминания", "Her gönderide anılacak rol"],
      ),
    )
    .addStringOption((c) =>
      label(
        c,
        ["kinds", "типы", "türler"],
        [
          "Only these kinds, comma-separated (e.g. city-day,public-holiday), or all",
          "Только эти типы дней, через запятую",
          "Yalnızca bu türler, virgülle",
        ],
      ).setMaxLength(100),
    )
    .addIntegerOption((c) =>
      label(
        c,
        ["remind-days", "напомнить-за", "hatırlatma"],
        [
          "Also remind this many days before (0–7)",
          "Напомнить за столько дней (0–7)",
          "Bu kadar gün önce hatırlat (0–7)",
        ],
      )
        .setMinValue(0)
        .setMaxValue(7),
    )
    .addBooleanOption((c) =>
      label(
        c,
        ["publish", "опубликовать", "yayınla"],
        [
          "In an announcement channel, publish each post to following servers",
          "В канале объявлений публиковать для подписчиков",
          "Duyuru kanalında her gönderiyi yayınla",
        ],
      ),
    );
}
