import { makeUser, type FakeUser } from "./fixtures.js";
import { snowflake } from "./snowflake.js";

/** A DM channel as Discord answers it (the spec's PrivateChannelResponse): type 1, its recipient. */
export interface FakeDmChannel {
  id: string;
  type: 1;
  last_message_id: null;
  flags: number;
  recipients: FakeUser[];
}

/**
 * The bot's direct messages, as Discord handles them.
 *
 * - Create DM, `POST /users/@me/channels` with `recipient_id`, opens the DM channel, or returns the one
 *   that exists (https://discord.com/developers/docs/resources/user#create-dm); opening one never fails
 *   for a user who refuses DMs — sending in it does (Kord-Extensions/kord-extensions#215: the DM is
 *   created, the message answers 403).
 * - A message to a user who does not accept it is refused: 403, 50007 "Cannot send messages to this
 *   user" (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json). Discord refuses
 *   it when the user turned off DMs from the servers they share with the bot, blocked it, or shares no
 *   server with it (Dragory/modmailbot#122, LakeYS/Discord-Trivia-Bot#21, saiteja-madha/discord-js-bot#62;
 *   Discord's own client says "you don't share a server with this user, you deactivated direct messages
 *   on your common server or you've been blocked", Galarzaa90/NabBot#26) — unless the user installed the
 *   app to their account (a user-installed app may message its user: TwilightZebby's guide to user apps,
 *   gist 517850b65575fdb7cf2ff156d36ece9b; discord-api-docs does not say).
 * - The bot reads its DM history without any permission (a DM has no overwrites).
 */
export class FakeDirectMessages {
  private readonly channels = new Map<string, FakeDmChannel>();
  private readonly byUser = new Map<string, string>();
  /** Users who turned off DMs from server members, or blocked the bot. */
  readonly closed = new Set<string>();
  /** Users who installed the app to their account. */
  readonly installed = new Set<string>();
  /** The members of each server, as far as the test server saw them (they sent an interaction). */
  private readonly members = new Map<string, Set<string>>();
  private readonly users = new Map<string, FakeUser>();

  constructor(private readonly guildExists: (guildId: string) => boolean) {}

  /** A user who sent an interaction in a server is one of its members. */
  meet(guildId: string, user: FakeUser): void {
    this.users.set(user.id, user);
    this.members.set(guildId, (this.members.get(guildId) ?? new Set()).add(user.id));
  }

  /** Create DM: the channel with this user, opened once. */
  open(userId: string): FakeDmChannel {
    const known = this.byUser.get(userId);
    if (known) return this.channels.get(known)!;
    const recipient = this.users.get(userId) ?? { ...makeUser("user"), id: userId };
    const channel: FakeDmChannel = {
      id: snowflake(),
      type: 1,
      last_message_id: null,
      flags: 0,
      recipients: [recipient],
    };
    this.channels.set(channel.id, channel);
    this.byUser.set(userId, channel.id);
    return channel;
  }

  channel(id: string): FakeDmChannel | undefined {
    return this.channels.get(id);
  }

  /** The DM channel with a user, if the bot opened one. */
  channelWith(userId: string): string | undefined {
    return this.byUser.get(userId);
  }

  /** Discord's refusal of a message in this DM channel, or null when it takes it. */
  refusal(channelId: string): { code: number; message: string } | null {
    const userId = this.channels.get(channelId)?.recipients[0]?.id;
    if (!userId) return null;
    const shares = [...this.members].some(
      ([guild, users]) => users.has(userId) && this.guildExists(guild),
    );
    if (!this.closed.has(userId) && (shares || this.installed.has(userId))) return null;
    return { code: 50007, message: "Cannot send messages to this user" };
  }
}
