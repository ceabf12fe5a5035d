// The fan-out baseline, run as its own process like the bot: the same client and the same posts, sent
// with `await channel.send()` for one channel after the other, as peer bots do.
import { ChannelType } from "discord.js";
import { DateTime } from "luxon";
import { loadCalendar } from "../src/calendar/load.js";
import { localDate } from "../src/time/local-date.js";
import { createClient } from "../src/discord/bot.js";
import { toDiscordMessages } from "../src/discord/post-message.js";
import { composePost } from "../src/schedule/compose.js";

const env = process.env as Record<string, string>;
const calendar = loadCalendar(env.DATA_DIR!);
const post = composePost(
  calendar,
  { kinds: [], remindDays: 0, weekday: null },
  localDate(DateTime.now(), "Asia/Baku"),
  "day",
)!;
const [message] = toDiscordMessages(calendar, { roleId: null, language: "en", intro: null }, post);
const client = createClient({
  apiBase: env.DISCORD_API_BASE!,
  globalRequestsPerSecond: Number(env.DISCORD_GLOBAL_RPS),
});
client.once("clientReady", async () => {
  for (const channel of client.channels.cache.values()) {
    if (channel.type === ChannelType.GuildText) await channel.send(message!);
  }
  await client.destroy();
});
await client.login(env.DISCORD_TOKEN);
