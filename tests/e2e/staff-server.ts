import {
  addRole,
  makeGuild,
  makeUser,
  PERMISSIONS,
  type FakeGuild,
} from "../kit/fake-discord/fixtures.js";

/**
 * A server with #general and #staff: plain members (an admin without roles among them) may not see
 * #staff; the bot's role may see and post in every channel, with `extra` permissions besides.
 */
export function staffServer(extra = 0n): FakeGuild {
  const guild = makeGuild("Staff server", makeUser("owner").id, ["general", "staff"]);
  const bot = addRole(guild, "yaddash", false);
  bot.permissions = (
    PERMISSIONS.VIEW_CHANNEL |
    PERMISSIONS.SEND_MESSAGES |
    PERMISSIONS.EMBED_LINKS |
    PERMISSIONS.READ_MESSAGE_HISTORY |
    extra
  ).toString();
  guild.botRoles = [bot.id];
  guild.channels.find((c) => c.name === "staff")!.permission_overwrites = [
    { id: guild.id, type: 0, allow: "0", deny: PERMISSIONS.VIEW_CHANNEL.toString() },
    { id: bot.id, type: 0, allow: PERMISSIONS.VIEW_CHANNEL.toString(), deny: "0" },
  ];
  return guild;
}
