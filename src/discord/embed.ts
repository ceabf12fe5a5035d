import { EmbedBuilder, time, TimestampStyles } from "discord.js";
import { DateTime } from "luxon";
import type { MessageModel } from "../render/message.js";

/**
 * The instant used for a calendar date in Discord timestamps: noon in Baku, which Discord shows as the
 * same calendar date to readers from UTC−8 to UTC+14.
 */
export function dateInstant(date: string): Date {
  return DateTime.fromISO(`${date}T12:00`, { zone: "Asia/Baku" }).toJSDate();
}

/**
 * The core's message model as a Discord embed. The date field keeps the date as the post's language
 * writes it and adds a relative Discord timestamp: a `<t:…:D>` date is drawn in the reader's client
 * language, which would put Turkish or English words into an Azerbaijani or Russian post
 * (https://discord.com/developers/docs/reference#message-formatting-timestamp-styles).
 */
export function toEmbed(
  model: MessageModel,
  options: { dateFieldIndex?: number } = {},
): EmbedBuilder {
  const at = dateInstant(model.date);
  const dateIndex = options.dateFieldIndex ?? 0;
  const fields = model.fields.map((f, i) =>
    i === dateIndex
      ? {
          ...f,
          value: `${f.value} (${time(at, TimestampStyles.RelativeTime)})`,
        }
      : f,
  );
  return new EmbedBuilder()
    .setTitle(model.title)
    .setDescription(model.description)
    .setColor(model.colour)
    .addFields(fields)
    .setFooter({ text: model.footer });
}
