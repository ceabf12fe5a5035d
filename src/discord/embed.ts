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

/** The core's message model as a Discord embed; the date field gets Discord timestamps. */
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
          value: `${time(at, TimestampStyles.LongDate)} (${time(at, TimestampStyles.RelativeTime)})`,
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
