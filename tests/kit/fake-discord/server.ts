import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { FakeDirectMessages } from "./direct-messages.js";
import {
  embedPayload,
  guildCreatePayload,
  guildPayload,
  makeUser,
  memberPayload,
  type FakeGuild,
  type FakeUser,
} from "./fixtures.js";
import { deleteMessage, messageEditRoute, type MessageStore } from "./message-edits.js";
import {
  componentData,
  componentsBroken,
  findComponent,
  mayUse,
  modalBroken,
  modalData,
  withIds,
  type ComponentUse,
} from "./components.js";
import { OpenApiCheck } from "./openapi-check.js";
import {
  answersEphemeralOnly,
  offered,
  placeFields,
  type InteractionPlace,
  type StoredCommand,
} from "./interaction-context.js";
import { snowflake } from "./snowflake.js";
import { routeThreads, threadPayload, threadRefusal, type FakeThread } from "./threads.js";

/**
 * A small Discord-compatible server for tests and benchmarks: REST under /api/v10 and a gateway
 * WebSocket, on 127.0.0.1. The real discord.js client talks to it as it does to Discord. It records
 * every request, can be told to fail, enforces a global rate limit, per-channel buckets and the publish
 * limit, and honours message nonces with enforce_nonce. Two clocks, as in production: rate limits run
 * on real elapsed time (discord.js waits them out in real time), while everything that belongs to the
 * calendar — message timestamps and ids, and the nonce memory — runs on `now`, the test's injected clock.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON from the client under test
  status: number;
  /** When it arrived (performance.now()). */
  at: number;
}

export interface Failure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (the client sees a timeout), instead of sending `status`. */
  hang?: boolean;
  /** Close the connection without an answer (the client sees a reset socket). */
  reset?: boolean;
  /**
   * Handle the request first (the message is made), then lose the answer (with hang) or answer
   * `status` anyway, as a Discord 5xx after the write can.
   */
  afterHandling?: boolean;
}

export interface Chaos {
  /** Share of message posts that fail, 0..1. */
  rate: number;
  failures: Failure[];
  /** Deterministic pseudo-random numbers in [0, 1). */
  random: () => number;
}

/** A small seeded generator (mulberry32), so that a chaos run can be repeated. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FailureRule {
  method?: string;
  path: RegExp;
  failure: Failure;
  remaining: number;
  skip: number;
}

export interface FakeDiscordOptions {
  token?: string;
  /**
   * Requests per second across the whole bot; interaction callbacks and follow-ups are exempt
   * (https://discord.com/developers/docs/topics/rate-limits#global-rate-limit).
   */
  globalLimit?: number;
  /** Messages per channel per window (Discord does not publish it; see channelBucket). */
  channelLimit?: { limit: number; windowMs: number };
  /** The time stamped on messages (ms since the epoch); tests with a simulated clock pass theirs. */
  now?: () => number;
  /** Answer this many ms after handling a request (the message exists before its answer arrives). */
  latencyMs?: number;
  /**
   * How long a nonce sent with enforce_nonce is remembered, on `now`. Discord documents only that the
   * check is "for the past few minutes"
   * (https://discord.com/developers/docs/resources/message#create-message-jsonform-params).
   */
  nonceWindowMs?: number;
  /**
   * Where the global limit's one-second windows start. Unset: a window opens with the first request
   * after the last one closed (what discord.js assumes). A number: fixed windows, starting at that
   * offset (ms) of the server's monotonic clock — the phase a client cannot know. Discord documents
   * neither (https://discord.com/developers/docs/topics/rate-limits#global-rate-limit).
   */
  globalWindowPhaseMs?: number;
  /**
   * Crossposts per announcement channel per window: 10 an hour, a limit discord-api-docs does not
   * state (Discord's help centre on announcement channels does; see tests/kit/fake-discord/RULES.md).
   */
  publishLimit?: { limit: number; windowMs: number };
  /** The shard count `GET /gateway/bot` recommends. */
  shards?: number;
  /**
   * The gateway's heartbeat interval, sent in HELLO (Discord's is about 41 s; a test of latency wants
   * it short) (https://discord.com/developers/docs/events/gateway#sending-heartbeats).
   */
  heartbeatIntervalMs?: number;
  /**
   * The monotonic milliseconds rate-limit windows are kept on (default performance.now(): discord.js
   * waits limits out in real time). A test of the windows themselves passes its own, so that a busy
   * machine cannot spread its requests over two windows.
   */
  elapsed?: () => number;
}

/**
 * The shard that receives a guild's events: `(guild_id >> 22) % num_shards`
 * (https://discord.com/developers/docs/events/gateway#sharding).
 */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export interface InteractionOption {
  name: string;
  type: number;
  value?: unknown;
  focused?: boolean;
  options?: InteractionOption[];
}

export interface InteractionInput extends InteractionPlace {
  type?: 2 | 4;
  name: string;
  /** Channel (type 7) and role (type 8) values are resolved from the guild, as Discord does. */
  options?: InteractionOption[];
  guild?: FakeGuild;
  channelId?: string;
  user?: FakeUser;
  /** The member's permissions in the channel, as Discord computes them. */
  permissions?: bigint;
  locale?: string;
}

export interface InteractionResult {
  id: string;
  token: string;
  /** The body of the interaction callback (type 4 reply, 5 defer, 8 autocomplete …). */
  callback: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON from the client under test
}

export interface InteractionAnswer extends InteractionResult {
  /**
   * The answer as the user reads it: the reply's data (type 4, or 8's choices), or, for a deferral
   * (type 5), the body of the edit that replaced it, with the message's flags (ephemeral as deferred).
   */
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON from the client under test
}

/** What an interaction's answer became: its original message, the edits of it, and follow-ups. */
export interface InteractionMessages {
  channelId: string;
  /** Who used the command or component (the one who sees an ephemeral answer). */
  user: FakeUser;
  /** The interaction's type: 2 a command, 3 a component, 4 autocomplete, 5 a modal's submit. */
  type: number;
  /** The modal the interaction answered with (callback type 9), until submitted. */
  modal?: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON from the client under test
  /** A component's interaction: the message the component is on, which types 6 and 7 edit. */
  target?: MessageRef;
  /** The component's interaction was answered with an update (6 or 7): @original is the target. */
  updated?: boolean;
  /** The reply (type 4) or the deferral's "thinking…" message (type 5), as edited since. */
  original?: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a message as Discord keeps it
  /** The bodies of PATCH …/messages/@original, in order. */
  edits: any[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON from the client under test
  followUps: any[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- messages as Discord keeps them
  /** Discord makes the answers ephemeral, whatever the app asks (see answersEphemeralOnly). */
  ephemeralOnly?: boolean;
}

/** A message as stored, read and replaced where it lives (a channel, or an interaction's answer). */
export interface MessageRef {
  read(): any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a message as Discord keeps it
  write(message: any): void; // eslint-disable-line @typescript-eslint/no-explicit-any -- the same
}

/** A message with components a test uses: an interaction's answer, or a message in a channel. */
export type ComponentSource = InteractionResult | { channel_id: string; id: string };

/** Who uses a component, and how. */
export interface ComponentPress extends ComponentUse {
  user?: FakeUser;
  permissions?: bigint;
  locale?: string;
}

/** A file a request uploaded (multipart/form-data), as the test reads it. */
export interface UploadedFile {
  field: string;
  name: string;
  type: string;
  text: string;
}

/**
 * A request with files: its JSON in the `payload_json` part, the files in `files[n]` parts
 * (https://discord.com/developers/docs/reference#uploading-files). The files are recorded under
 * `uploaded`, beside the JSON Discord reads.
 */
async function multipartBody(raw: Buffer, type: string): Promise<unknown> {
  const form = await new Response(raw, { headers: { "content-type": type } }).formData();
  const payload = form.get("payload_json");
  const uploaded: UploadedFile[] = [];
  for (const [field, value] of form.entries())
    if (typeof value !== "string")
      uploaded.push({ field, name: value.name, type: value.type, text: await value.text() });
  return { ...(typeof payload === "string" ? JSON.parse(payload) : {}), uploaded };
}

export const DISCORD_ERRORS = {
  missingAccess: { status: 403, body: { code: 50001, message: "Missing Access" } },
  missingPermissions: { status: 403, body: { code: 50013, message: "Missing Permissions" } },
  unknownChannel: { status: 404, body: { code: 10003, message: "Unknown Channel" } },
  serverError: { status: 500, body: { code: 0, message: "500: Internal Server Error" } },
} satisfies Record<string, Failure>;

const READ_MESSAGE_HISTORY = 1n << 16n;
const ADMINISTRATOR = 1n << 3n;
const MANAGE_EVENTS = 1n << 33n;
const CREATE_EVENTS = 1n << 44n;

/** A guild scheduled event as Discord keeps it (the fields the bot sets, and its id and status). */
export interface FakeScheduledEvent {
  id: string;
  guild_id: string;
  creator_id: string;
  name: string;
  description: string | null;
  scheduled_start_time: string;
  scheduled_end_time: string | null;
  privacy_level: number;
  entity_type: number;
  entity_metadata: { location?: string } | null;
  channel_id: string | null;
  status: number;
  // Fields the bot never sets, which Discord answers all the same.
  entity_id: string | null;
  image: string | null;
  recurrence_rule: null;
  guild_scheduled_event_exceptions: unknown[];
}

type Reply = (status: number, body?: unknown, headers?: Record<string, string>) => void;

/** What a message is made or edited with. */
interface MessageBody {
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
}

const INTERACTION_DEADLINE_MS = 3000;
// An interaction's token answers (edits, follow-ups) for 15 minutes
// (https://discord.com/developers/docs/interactions/receiving-and-responding#followup-messages).
const INTERACTION_TOKEN_MS = 15 * 60_000;
const EPHEMERAL = 1 << 6;
/** The flag of a deferred answer's "is thinking…" message, until it is edited. */
const LOADING = 1 << 7;

export class FakeDiscord {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly botUser: FakeUser = { ...makeUser("yaddash", true) };
  readonly guilds = new Map<string, FakeGuild>();
  /** Each guild's scheduled events. */
  readonly scheduledEvents = new Map<string, FakeScheduledEvent[]>();
  /** The bot's DM channels; which users refuse DMs, share a server with it, or installed it. */
  readonly directMessages = new FakeDirectMessages((id) => this.guilds.has(id));
  readonly requests: RecordedRequest[] = [];
  /** Requests and answers checked against Discord's OpenAPI spec; see openapi-check.ts. */
  readonly spec = new OpenApiCheck();
  readonly messages = new Map<string, any[]>(); // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Threads and forum posts, by id (threads.ts). */
  readonly threads = new Map<string, FakeThread>();
  readonly messageLimitBroken = messageLimitBroken;
  readonly commands = new Map<string, unknown[]>(); // key: "global" or a guild id
  readonly identifies: { token?: string; shard?: [number, number]; intents?: number }[] = [];
  /** How many answers each interaction got (Discord refuses all but the first with 40060). */
  readonly interactionAnswers = new Map<string, number>();
  /** Each interaction's answer as its user sees it, by interaction id. */
  readonly interactionMessages = new Map<string, InteractionMessages>();
  private readonly interactionTokens = new Map<string, string>();
  private readonly editWaiters = new Map<string, (() => void)[]>();
  private readonly http = createServer((req, res) => void this.handle(req, res));
  private readonly gateway = new WebSocketServer({ noServer: true });
  /** Identified sessions and the shard each one is, [shard_id, num_shards]. */
  private readonly sockets = new Map<WebSocket, [number, number]>();
  private readonly failures: FailureRule[] = [];
  private held: (() => void)[] = [];
  private readonly nonces = new Map<string, { message: unknown; at: number }>();
  private readonly publishWindows = new Map<string, { start: number; count: number }>();
  private readonly callbacks = new Map<string, (body: unknown) => void>();
  /** Interactions sent, and whether each was answered; when each was sent (performance.now()). */
  private readonly answered = new Map<string, boolean>();
  private readonly interactionSentAt = new Map<string, number>();
  private readonly globalWindow = { start: 0, count: 0 };
  private readonly channelWindows = new Map<string, { start: number; count: number }>();
  private sequence = 0;
  private port = 0;
  /** Random failures of message posts, when set. */
  chaos: Chaos | null = null;
  /** When each window of the global rate limit opened (performance.now()). */
  readonly globalWindowStarts: number[] = [];
  readonly globalLimit: number;
  readonly channelLimit: { limit: number; windowMs: number };
  readonly publishLimit: { limit: number; windowMs: number };
  readonly now: () => number;
  private readonly elapsed: () => number;
  private readonly latencyMs: number;
  private readonly nonceWindowMs: number;
  private readonly globalWindowPhaseMs: number | undefined;
  readonly recommendedShards: number;
  private readonly heartbeatIntervalMs: number;

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? "fake-token-for-tests.yaddash.0123456789";
    this.globalLimit = options.globalLimit ?? 50;
    this.channelLimit = options.channelLimit ?? { limit: 5, windowMs: 5000 };
    this.now = options.now ?? (() => performance.timeOrigin + performance.now());
    this.elapsed = options.elapsed ?? (() => performance.now());
    this.latencyMs = options.latencyMs ?? 0;
    this.nonceWindowMs = options.nonceWindowMs ?? 5 * 60_000;
    this.globalWindowPhaseMs = options.globalWindowPhaseMs;
    this.publishLimit = options.publishLimit ?? { limit: 10, windowMs: 3_600_000 };
    this.recommendedShards = options.shards ?? 1;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.http.on("upgrade", (req, socket, head) => {
      this.gateway.handleUpgrade(req, socket, head, (ws) => this.openGateway(ws));
    });
  }

  async start(): Promise<this> {
    this.http.listen(0, "127.0.0.1");
    await once(this.http, "listening");
    this.port = (this.http.address() as AddressInfo).port;
    return this;
  }

  /** The REST base to give discord.js (DISCORD_API_BASE). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets.keys()) ws.terminate();
    this.gateway.close();
    this.http.closeAllConnections();
    await new Promise((resolve) => this.http.close(resolve));
  }

  addGuild(guild: FakeGuild): FakeGuild {
    this.guilds.set(guild.id, guild);
    this.dispatch("GUILD_CREATE", guildCreatePayload(guild, this.botUser), guild.id);
    return guild;
  }

  /**
   * Makes the next `times` requests matching `path` (and `method`) fail this way, after letting the
   * first `skip` of them through.
   */
  failNext(
    path: RegExp,
    failure: Failure,
    options: { method?: string; times?: number; skip?: number } = {},
  ): void {
    this.failures.push({
      path,
      failure,
      method: options.method,
      remaining: options.times ?? 1,
      skip: options.skip ?? 0,
    });
  }

  /** Forgets the failures asked for with `failNext` that have not happened yet. */
  clearFailures(): void {
    this.failures.length = 0;
  }

  /** Handles and answers the requests held by a `hang` failure (a client that timed out never sees it). */
  releaseHeld(): void {
    const held = this.held;
    this.held = [];
    for (const handle of held) handle();
  }

  /** Requests seen, optionally filtered by method and path. */
  seen(method?: string, path?: RegExp): RecordedRequest[] {
    return this.requests.filter(
      (r) => (!method || r.method === method) && (!path || path.test(r.path)),
    );
  }

  /**
   * Sends an event to the sessions of the shard that owns its guild — to each of them, as Discord does
   * when two sessions identify as the same shard — or, for an event without a guild (a DM's), to shard
   * 0's (https://discord.com/developers/docs/events/gateway#sharding).
   */
  dispatch(t: string, d: unknown, guildId?: string): void {
    for (const [ws, [id, count]] of this.sockets) {
      if ((guildId === undefined ? 0 : shardOf(guildId, count)) === id)
        this.send(ws, { op: 0, t, s: ++this.sequence, d });
    }
  }

  /** The sessions identified now, as [shard_id, num_shards]. */
  get sessions(): [number, number][] {
    return [...this.sockets.values()];
  }

  /**
   * An INTERACTION_CREATE payload as Discord sends it (channel and role options resolved), from a
   * server (the first one unless given; one the bot is not in with `install: "user"`) or a DM.
   */
  interactionPayload(input: InteractionInput) {
    const guild = input.guild ?? [...this.guilds.values()][0]!;
    const user = input.user ?? makeUser("member");
    const place = placeFields({ ...input, guild, user }, (id) => this.guilds.has(id));
    if ("guild_id" in place) this.directMessages.meet(guild.id, user);
    const id = snowflake();
    return {
      id,
      application_id: this.applicationId,
      type: input.type ?? 2,
      token: `interaction-token-${id}`,
      version: 1,
      ...place,
      locale: input.locale ?? "en-US",
      entitlements: [],
      attachment_size_limit: 10_485_760,
      data: {
        id: snowflake(),
        name: input.name,
        type: 1,
        options: input.options ?? [],
        ...("guild_id" in place && {
          guild_id: guild.id,
          resolved: this.resolve(guild, input.options ?? []),
        }),
      },
    };
  }

  /** Whether Discord's client offers a global command in a place (see `offered`). */
  offers(name: string, place: InteractionPlace): boolean {
    const commands = (this.commands.get("global") ?? []) as StoredCommand[];
    return offered(
      commands.find((c) => c.name === name),
      place,
    );
  }

  /** Sends INTERACTION_CREATE as Discord would and resolves with the bot's callback. */
  async interact(input: InteractionInput, timeoutMs = 30_000): Promise<InteractionResult> {
    const payload = this.interactionPayload(input);
    return this.deliver(
      payload,
      `/${input.name}`,
      { user: (payload.member?.user ?? payload.user)!, type: payload.type },
      timeoutMs,
    );
  }

  /** Sends an INTERACTION_CREATE payload and resolves with the bot's callback. */
  private async deliver(
    payload: { id: string; token: string; channel_id: string; guild_id?: string },
    what: string,
    messages: Pick<InteractionMessages, "user" | "target" | "type">,
    timeoutMs: number,
  ): Promise<InteractionResult> {
    const callback = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no callback for ${what} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.callbacks.set(payload.id, (body) => {
        clearTimeout(timer);
        resolve(body);
      });
    });
    this.answered.set(payload.id, false);
    this.interactionSentAt.set(payload.id, performance.now());
    this.interactionTokens.set(payload.token, payload.id);
    this.interactionMessages.set(payload.id, {
      ...messages,
      channelId: payload.channel_id,
      edits: [],
      followUps: [],
      ephemeralOnly: answersEphemeralOnly(payload, (id) => this.guilds.has(id)),
    });
    this.dispatch(
      "INTERACTION_CREATE",
      payload,
      "guild_id" in payload ? payload.guild_id : undefined,
    );
    return { id: payload.id, token: payload.token, callback: await callback };
  }

  /**
   * Sends INTERACTION_CREATE and resolves with the answer its user reads, deferred or not: the
   * reply, or — after a deferral — what the deferral was edited to.
   */
  async answer(input: InteractionInput, timeoutMs = 30_000): Promise<InteractionAnswer> {
    const result = await this.interact(input, timeoutMs);
    if (result.callback.type !== 5) {
      const original = this.interactionMessages.get(result.id)!.original;
      return {
        ...result,
        data: original ? { ...result.callback.data, flags: original.flags } : result.callback.data,
      };
    }
    const messages = await this.firstEdit(result, `/${input.name}`, timeoutMs);
    return { ...result, data: { ...messages.edits[0], flags: messages.original.flags } };
  }

  /**
   * Uses a component of a message as its user would, and resolves with what they read then: the
   * reply (type 4, or 5's edit), or the message the component is on as updated (type 7, or 6's
   * edit). Discord's client offers only the components the message has, enabled, with the choices
   * a select offers, and shows an ephemeral message to its user alone: anything else throws.
   */
  async press(
    source: ComponentSource,
    use: ComponentPress,
    timeoutMs = 30_000,
  ): Promise<InteractionAnswer> {
    const { target, owner } = this.messageOf(source);
    const user = use.user ?? owner ?? makeUser("member");
    const message = target.read();
    if (!mayUse(message, owner, user))
      throw new Error(`message ${message.id} is ephemeral: only its user sees it`);
    const component = findComponent(message, use.which);
    const command = this.interactionPayload({
      ...use,
      name: "",
      user,
      channelId: message.channel_id,
    });
    // Components are pressed in the bot's servers here (a DM's message has none to press).
    const guild = this.guilds.get(command.guild_id!)!;
    const payload = {
      ...command,
      type: 3,
      message,
      data: componentData(component, use.values, guild),
    };
    const what = `"${use.which}"`;
    const result = await this.deliver(payload, what, { user, target, type: 3 }, timeoutMs);
    return this.outcome(result, target, what, timeoutMs);
  }

  /**
   * Submits the modal an interaction answered with (callback type 9) as its user would, with a value
   * for each text input (by custom_id), and resolves as `press` does. A modal opened from a
   * component's message comes back with that message, and may update it
   * (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-modal-submit-data-structure).
   */
  async submit(
    opened: InteractionResult,
    values: Record<string, string>,
    as: Omit<ComponentPress, "which" | "values"> = {},
    timeoutMs = 30_000,
  ): Promise<InteractionAnswer> {
    const { modal, target, user } = this.interactionMessages.get(opened.id) ?? {};
    if (!modal || !user) throw new Error(`interaction ${opened.id} opened no modal`);
    const message = target?.read();
    const command = this.interactionPayload({
      ...as,
      name: "",
      user,
      channelId: message?.channel_id,
    });
    const payload = {
      ...command,
      type: 5,
      ...(message ? { message } : {}),
      data: modalData(modal, values),
    };
    const what = `modal "${modal.custom_id}"`;
    const result = await this.deliver(payload, what, { user, target, type: 5 }, timeoutMs);
    if (!target && [6, 7].includes(result.callback.type)) throw new Error(`${what}: no message`);
    return this.outcome(result, target!, what, timeoutMs);
  }

  /** What the user reads after a component's or modal's callback (see `press`). */
  private async outcome(
    result: InteractionResult,
    target: MessageRef,
    what: string,
    timeoutMs: number,
  ): Promise<InteractionAnswer> {
    const type = result.callback.type as number;
    if (type === 4 || type === 9) return { ...result, data: result.callback.data };
    if (type === 7) return { ...result, data: target.read() };
    // After a deferral, the answer is its edit — or, for an update, a follow-up (a refusal) instead.
    const messages = await this.firstEdit(result, what, timeoutMs, type === 6);
    if (type === 5)
      return { ...result, data: { ...messages.edits[0], flags: messages.original.flags } };
    return { ...result, data: messages.edits.length ? target.read() : messages.followUps[0] };
  }

  /** The message a component is on, where it is kept, and who got it (an interaction's user). */
  private messageOf(source: ComponentSource): { target: MessageRef; owner?: FakeUser } {
    if ("callback" in source) {
      const messages = this.interactionMessages.get(source.id);
      if (!messages?.original) throw new Error(`interaction ${source.id} has no message`);
      const target = {
        read: () => messages.original,
        write: (message: unknown) => void (messages.original = message),
      };
      return { target, owner: messages.user };
    }
    const stored = this.messages.get(source.channel_id) ?? [];
    const index = stored.findIndex((m) => m.id === source.id);
    if (index < 0) throw new Error(`no message ${source.id} in channel ${source.channel_id}`);
    return { target: { read: () => stored[index], write: (m) => void (stored[index] = m) } };
  }

  /** The interaction's messages once its answer was first edited, or followed up (`orFollowUp`). */
  private async firstEdit(
    result: InteractionResult,
    what: string,
    timeoutMs: number,
    orFollowUp = false,
  ): Promise<InteractionMessages> {
    const messages = this.interactionMessages.get(result.id)!;
    if (!messages.edits.length && !(orFollowUp && messages.followUps.length))
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${what} deferred, but not edited within ${timeoutMs} ms`)),
          timeoutMs,
        );
        const waiting = this.editWaiters.get(result.id) ?? [];
        waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
        this.editWaiters.set(result.id, waiting);
      });
    return messages;
  }

  /** Wakes who waits for an interaction's answer to be edited or followed up. */
  private wakeWaiters(id: string): void {
    for (const resolve of this.editWaiters.get(id) ?? []) resolve();
    this.editWaiters.delete(id);
  }

  /** The bot leaves (or is removed from) a guild. */
  removeGuild(guildId: string): void {
    this.guilds.delete(guildId);
    this.dispatch("GUILD_DELETE", { id: guildId }, guildId);
  }

  deleteChannel(channelId: string): void {
    for (const guild of this.guilds.values()) {
      const channel = guild.channels.find((c) => c.id === channelId);
      if (!channel) continue;
      guild.channels = guild.channels.filter((c) => c !== channel);
      this.dispatch("CHANNEL_DELETE", channel, guild.id);
    }
  }

  private resolve(guild: FakeGuild, options: InteractionOption[]) {
    const channels: Record<string, unknown> = {};
    const roles: Record<string, unknown> = {};
    const walk = (list: InteractionOption[]) => {
      for (const o of list) {
        if (o.type === 7) {
          const channel = guild.channels.find((c) => c.id === o.value);
          channels[String(o.value)] = {
            id: o.value,
            name: channel?.name ?? "unknown",
            type: channel?.type ?? 0,
            permissions: "0",
            guild_id: guild.id,
          };
        }
        if (o.type === 8) roles[String(o.value)] = guild.roles.find((r) => r.id === o.value);
        walk(o.options ?? []);
      }
    };
    walk(options);
    return { channels, roles };
  }

  // --- gateway ---

  private send(ws: WebSocket, payload: unknown): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  }

  private openGateway(ws: WebSocket): void {
    this.send(ws, {
      op: 10,
      d: { heartbeat_interval: this.heartbeatIntervalMs },
      s: null,
      t: null,
    });
    ws.on("message", (raw) => {
      const payload = JSON.parse(raw.toString()) as {
        op: number;
        d: { token?: string; shard?: [number, number] };
      };
      if (payload.op === 1) this.send(ws, { op: 11, d: null, s: null, t: null });
      else if (payload.op === 2) this.identify(ws, payload.d);
      // A RESUME is answered with Invalid Session, d false: start a new session
      // (https://discord.com/developers/docs/events/gateway#resuming).
      else if (payload.op === 6) this.send(ws, { op: 9, d: false, s: null, t: null });
    });
    ws.on("close", () => this.sockets.delete(ws));
  }

  private identify(ws: WebSocket, d: { token?: string; shard?: [number, number] }): void {
    this.identifies.push(d);
    if (d.token !== this.token) return ws.close(4004, "Authentication failed.");
    const shard = d.shard ?? [0, 1];
    // https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1]))
      return ws.close(4010, "Invalid shard.");
    this.sockets.set(ws, shard);
    const guilds = [...this.guilds.values()].filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    this.send(ws, {
      op: 0,
      t: "READY",
      s: ++this.sequence,
      d: {
        v: 10,
        user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
        guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
        session_id: `session-${snowflake()}`,
        resume_gateway_url: `ws://127.0.0.1:${this.port}`,
        shard,
        application: { id: this.applicationId, flags: 0 },
        private_channels: [],
        relationships: [],
        user_settings: {},
        presences: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
      },
    });
    for (const guild of guilds)
      this.send(ws, {
        op: 0,
        t: "GUILD_CREATE",
        s: ++this.sequence,
        d: guildCreatePayload(guild, this.botUser),
      });
  }

  // --- REST ---

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const text = raw.toString("utf8");
    const type = req.headers["content-type"] ?? "";
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname.replace(/^\/api\/v10/, ""),
      query: url.searchParams,
      headers: req.headers,
      body: type.startsWith("multipart/form-data")
        ? await multipartBody(raw, type)
        : text && type.includes("json")
          ? JSON.parse(text)
          : text || undefined,
      status: 0,
      at: performance.now(),
    };
    this.requests.push(record);
    const invalid = this.spec.request(record, url.pathname);
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      this.spec.answer(record, status, body);
      const send = () => {
        res.writeHead(status, {
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers,
        });
        res.end(body === undefined ? undefined : JSON.stringify(body));
      };
      // The request is handled now (a message exists at once); only its answer takes latencyMs.
      if (this.latencyMs) setTimeout(send, this.latencyMs);
      else send();
    };

    // Interaction callbacks and webhook follow-ups authenticate with the interaction's token and are
    // outside the global limit (https://discord.com/developers/docs/interactions/receiving-and-responding#endpoints).
    const isCallback = /^\/interactions\//.test(record.path) || /^\/webhooks\//.test(record.path);
    if (!isCallback && req.headers.authorization !== `Bot ${this.token}`) {
      return reply(401, { code: 0, message: "401: Unauthorized" });
    }
    const failure = this.takeFailure(record) ?? this.chaosFailure(record);
    if (failure?.reset) return void req.socket.destroy();
    if (failure?.hang && failure.afterHandling) return this.route(record, () => undefined); // made, answer lost
    if (failure?.afterHandling)
      return this.route(record, () => reply(failure.status, failure.body, failure.headers)); // made, answered an error
    if (failure?.hang) return void this.held.push(() => this.route(record, reply)); // until released, or the client times out
    if (failure) return reply(failure.status, failure.body, failure.headers);
    if (!isCallback) {
      const limited = this.globalRateLimit();
      if (limited) return reply(429, limited.body, limited.headers);
    }
    if (invalid) return reply(400, invalid);
    this.route(record, reply);
  }

  private takeFailure(record: RecordedRequest): Failure | undefined {
    const rule = this.failures.find(
      (f) =>
        f.remaining > 0 && f.path.test(record.path) && (!f.method || f.method === record.method),
    );
    if (!rule) return undefined;
    if (rule.skip > 0) return void rule.skip--;
    rule.remaining--;
    return rule.failure;
  }

  private chaosFailure(record: RecordedRequest): Failure | undefined {
    if (!this.chaos || record.method !== "POST" || !/^\/channels\/\d+\/messages$/.test(record.path))
      return undefined;
    if (this.chaos.random() >= this.chaos.rate) return undefined;
    return this.chaos.failures[Math.floor(this.chaos.random() * this.chaos.failures.length)];
  }

  /**
   * 429 with `global: true`, Retry-After, X-RateLimit-Global and X-RateLimit-Scope: global
   * (https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit).
   */
  private globalRateLimit(): { body: unknown; headers: Record<string, string> } | null {
    const now = this.elapsed();
    const phase = this.globalWindowPhaseMs;
    const start =
      phase === undefined
        ? now - this.globalWindow.start >= 1000
          ? now
          : this.globalWindow.start
        : now - ((((now - phase) % 1000) + 1000) % 1000);
    if (start !== this.globalWindow.start || !this.globalWindowStarts.length) {
      Object.assign(this.globalWindow, { start, count: 0 });
      this.globalWindowStarts.push(start);
    }
    if (++this.globalWindow.count <= this.globalLimit) return null;
    const retryAfter = Math.max(0.001, (1000 - (now - this.globalWindow.start)) / 1000);
    return {
      body: {
        message: "You are being rate limited.",
        retry_after: retryAfter,
        global: true,
        code: 0,
      },
      headers: {
        "retry-after": String(Math.ceil(retryAfter)),
        "x-ratelimit-global": "true",
        "x-ratelimit-scope": "global",
      },
    };
  }

  /**
   * Per-channel message bucket; returns the headers of a success, or null when the bucket is empty.
   * Discord does not publish the limit (5 per 5 s here); one bucket name serves every channel, as
   * X-RateLimit-Bucket is "non-inclusive of top-level resources in the path"
   * (https://discord.com/developers/docs/topics/rate-limits#header-format).
   */
  private channelBucket(channelId: string): Record<string, string> | null {
    const now = this.elapsed();
    const { limit, windowMs } = this.channelLimit;
    let window = this.channelWindows.get(channelId);
    if (!window || now - window.start >= windowMs)
      this.channelWindows.set(channelId, (window = { start: now, count: 0 }));
    const resetAfter = Math.max(0.001, (windowMs - (now - window.start)) / 1000);
    const common = {
      "x-ratelimit-limit": String(limit),
      "x-ratelimit-reset-after": resetAfter.toFixed(3),
      "x-ratelimit-reset": ((performance.timeOrigin + window.start + windowMs) / 1000).toFixed(3),
      "x-ratelimit-bucket": "channel-messages",
    };
    if (++window.count > limit) return null;
    return { ...common, "x-ratelimit-remaining": String(limit - window.count) };
  }

  /**
   * A message as REST answers it: without guild_id, which only the gateway's MESSAGE_CREATE adds
   * (https://discord.com/developers/docs/events/gateway-events#message-create).
   */
  message(channelId: string, body: MessageBody) {
    return {
      id: snowflake(Math.floor(this.now())),
      channel_id: channelId,
      author: this.botUser,
      content: body.content ?? "",
      timestamp: new Date(this.now()).toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: (body.embeds ?? []).map(embedPayload),
      reactions: [],
      pinned: false,
      type: 0,
      flags: 0,
      components: withIds(body.components),
    };
  }

  /** A server's channel (threads live in `threads`). */
  findGuildChannel(id: string) {
    for (const guild of this.guilds.values()) {
      const channel = guild.channels.find((c) => c.id === id);
      if (channel) return channel;
    }
    return undefined;
  }

  /** A server's channel, or one of the bot's DMs. */
  findChannel(id: string) {
    return this.findGuildChannel(id) ?? this.directMessages.channel(id);
  }

  private route(r: RecordedRequest, reply: Reply): void {
    const m = (pattern: RegExp) => r.path.match(pattern);
    let p: RegExpMatchArray | null;
    if (r.method === "GET" && r.path === "/gateway/bot") {
      return reply(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: this.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 1000,
          reset_after: 86_400_000,
          max_concurrency: 1,
        },
      });
    }
    // https://discord.com/developers/docs/resources/user#get-current-user: the user, with its account fields.
    if (r.method === "GET" && r.path === "/users/@me")
      return reply(200, { ...this.botUser, mfa_enabled: false, locale: "en-US", verified: true });
    if ((p = m(/^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/))) {
      const key = p[2] ?? "global";
      if (r.method === "PUT") {
        // Discord's defaults for what a command leaves out: a chat-input command, usable by all,
        // installed as the app is by default — to servers only — and in every context
        // (https://discord.com/developers/docs/interactions/application-commands#application-command-object,
        // https://discord.com/developers/docs/resources/application#setting-supported-installation-contexts).
        const stored = (r.body as { name: string }[]).map((c) => ({
          type: 1,
          default_member_permissions: null,
          integration_types: [0],
          contexts: null,
          ...c,
          id: snowflake(),
          application_id: p![1],
          version: snowflake(),
        }));
        this.commands.set(key, stored);
        return reply(200, stored);
      }
      if (r.method === "GET") return reply(200, this.commands.get(key) ?? []);
    }
    if ((p = m(/^\/interactions\/(\d+)\/[^/]+\/callback$/)) && r.method === "POST") {
      // Discord: an interaction must be answered within 3 seconds, once
      // (https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction).
      const answered = this.answered.get(p[1]!);
      this.interactionAnswers.set(p[1]!, (this.interactionAnswers.get(p[1]!) ?? 0) + 1);
      if (answered === undefined)
        return reply(404, { code: 10062, message: "Unknown interaction" });
      if (answered)
        return reply(400, { code: 40060, message: "Interaction has already been acknowledged." });
      const sent = this.interactionSentAt.get(p[1]!)!;
      if (performance.now() - sent > INTERACTION_DEADLINE_MS)
        return reply(404, { code: 10062, message: "Unknown interaction" });
      const refused = this.callbackRefused(p[1]!, r.body ?? {});
      if (refused) return reply(400, refused);
      this.answered.set(p[1]!, true);
      this.answerInteraction(p[1]!, r.body ?? {});
      this.callbacks.get(p[1]!)?.(r.body);
      this.callbacks.delete(p[1]!);
      // 204, or 200 with the interaction callback object when with_response is true
      // (https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response).
      return r.query.get("with_response") === "true"
        ? reply(200, { interaction: { id: p[1], type: 2 } })
        : reply(204);
    }
    if ((p = m(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(?:@|%40)original)?$/)))
      return this.interactionWebhook(r, p[1]!, p[2]!, Boolean(p[3]), reply);
    // https://discord.com/developers/docs/resources/user#create-dm (see direct-messages.ts)
    if (r.method === "POST" && r.path === "/users/@me/channels")
      return reply(200, this.directMessages.open(String(r.body?.recipient_id)));
    if ((p = m(/^\/channels\/(\d+)$/)) && r.method === "GET") {
      const channel = this.findChannel(p[1]!);
      const thread = this.threads.get(p[1]!);
      if (thread) return reply(200, threadPayload(this, thread));
      return channel ? reply(200, channel) : reply(404, DISCORD_ERRORS.unknownChannel.body);
    }
    if (routeThreads(this, r, reply)) return;
    if ((p = m(/^\/channels\/(\d+)\/messages$/))) {
      const channelId = p[1]!;
      if (!this.findChannel(channelId) && !this.threads.has(channelId))
        return reply(404, DISCORD_ERRORS.unknownChannel.body);
      const stored = this.messages.get(channelId) ?? [];
      if (r.method === "GET") return reply(200, this.history(channelId, stored, r.query));
      const refused = r.method === "POST" && threadRefusal(this, channelId);
      if (refused) return reply(refused.status, refused.body);
      if (r.method === "POST") return this.postMessage(channelId, r.body ?? {}, stored, reply);
    }
    if (messageEditRoute(this.messageStore, r, reply)) return;
    if ((p = m(/^\/channels\/(\d+)\/messages\/(\d+)\/crosspost$/)) && r.method === "POST")
      return this.crosspost(p[1]!, p[2]!, reply);
    if ((p = m(/^\/guilds\/(\d+)$/)) && r.method === "GET") {
      const guild = this.guilds.get(p[1]!);
      return guild
        ? reply(200, guildPayload(guild))
        : reply(404, { code: 10004, message: "Unknown Guild" });
    }
    if ((p = m(/^\/guilds\/(\d+)\/members\/(\d+)$/)) && r.method === "GET") {
      // https://discord.com/developers/docs/resources/guild#get-guild-member (no intent needed over REST)
      const guild = this.guilds.get(p[1]!);
      if (!guild) return reply(404, { code: 10004, message: "Unknown Guild" });
      return p[2] === this.botUser.id
        ? reply(200, memberPayload(this.botUser, guild.botRoles))
        : reply(404, { code: 10007, message: "Unknown Member" });
    }
    if ((p = m(/^\/guilds\/(\d+)\/scheduled-events(?:\/(\d+))?$/)))
      return this.scheduledEvent(r, p[1]!, p[2], reply);
    reply(404, { code: 0, message: "404: Not Found" });
  }

  private postMessage(
    channelId: string,
    body: { content?: string; embeds?: unknown[]; nonce?: string; enforce_nonce?: boolean },
    stored: unknown[],
    reply: Reply,
  ): void {
    const invalid = messageLimitBroken(body);
    if (invalid) return reply(400, invalid);
    const refused = this.directMessages.refusal(channelId);
    if (refused) return reply(403, refused);
    const bucket = this.channelBucket(channelId);
    if (!bucket) {
      const resetAfter = this.channelLimit.windowMs / 1000;
      return reply(
        429,
        { message: "You are being rate limited.", retry_after: resetAfter, global: false, code: 0 },
        {
          "retry-after": String(Math.ceil(resetAfter)),
          "x-ratelimit-scope": "user",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-limit": String(this.channelLimit.limit),
          "x-ratelimit-reset-after": String(resetAfter),
          "x-ratelimit-bucket": "channel-messages",
        },
      );
    }
    const nonceKey =
      body.nonce && body.enforce_nonce
        ? `${channelId}:${this.botUser.id}:${body.nonce}`
        : undefined;
    const earlier = nonceKey ? this.nonces.get(nonceKey) : undefined;
    if (earlier && this.now() - earlier.at < this.nonceWindowMs)
      return reply(200, earlier.message, bucket);
    const message = this.message(channelId, body);
    stored.push(message);
    this.messages.set(channelId, stored);
    if (nonceKey) this.nonces.set(nonceKey, { message, at: this.now() });
    // The nonce comes back in the create answer only; Discord does not store it with the message.
    reply(200, { ...message, ...(body.nonce ? { nonce: body.nonce } : {}) }, bucket);
  }

  /**
   * GET /channels/{id}/messages as Discord answers it: `before`, `after` or `around` a message id,
   * `limit` 1–100 (default 50), newest first. Without Read Message History the answer is an empty list,
   * not an error (https://discord.com/developers/docs/resources/message#get-channel-messages).
   */
  private history(channelId: string, stored: { id: string }[], query: URLSearchParams) {
    if (!this.directMessages.channel(channelId) && !this.botCan(channelId, READ_MESSAGE_HISTORY))
      return [];
    const limit = Math.min(100, Math.max(1, Number(query.get("limit") ?? 50)));
    const id = (m: { id: string }) => BigInt(m.id);
    const ascending = [...stored].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
    const after = query.get("after");
    const before = query.get("before");
    const page = after
      ? ascending.filter((m) => id(m) > BigInt(after)).slice(0, limit)
      : ascending.filter((m) => !before || id(m) < BigInt(before)).slice(-limit);
    return page.reverse();
  }

  /**
   * Publishes a message; Discord allows `publishLimit` per channel per window (10 an hour), and
   * refuses a second publish with 40033
   * (https://discord.com/developers/docs/resources/message#crosspost-message,
   * https://discord.com/developers/docs/topics/opcodes-and-status-codes#json). Which code the 429
   * carries is not documented; 20022 is the one for "announcement rate limits".
   */
  private crosspost(channelId: string, messageId: string, reply: Reply): void {
    const found = (this.messages.get(channelId) ?? []).find((msg) => msg.id === messageId);
    if (!found) return reply(404, { code: 10008, message: "Unknown Message" });
    if (found.flags & 1)
      return reply(400, { code: 40033, message: "This message has already been crossposted." });
    const now = this.elapsed();
    const { limit, windowMs } = this.publishLimit;
    let window = this.publishWindows.get(channelId);
    if (!window || now - window.start >= windowMs)
      this.publishWindows.set(channelId, (window = { start: now, count: 0 }));
    if (window.count >= limit) {
      const retryAfter = (windowMs - (now - window.start)) / 1000;
      return reply(
        429,
        {
          message: "You are being rate limited.",
          retry_after: retryAfter,
          global: false,
          code: 20022,
        },
        {
          "retry-after": String(Math.ceil(retryAfter)),
          "x-ratelimit-scope": "shared",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-limit": String(limit),
          "x-ratelimit-reset-after": retryAfter.toFixed(3),
        },
      );
    }
    window.count++;
    found.flags |= 1;
    reply(200, found);
  }

  /**
   * A first answer Discord refuses: a message over its limits, or a callback type the interaction
   * cannot take — 6 (DEFERRED_UPDATE_MESSAGE) and 7 (UPDATE_MESSAGE) are "only valid for
   * component-based interactions", and 9 (MODAL) is not available for a modal's submit
   * (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type).
   * The error's code for a wrong type is not documented; 50035 on `type` is what Discord answers a
   * body it rejects.
   */
  private callbackRefused(id: string, body: { type?: number; data?: MessageBody }): unknown {
    const messages = this.interactionMessages.get(id);
    const update = body.type === 6 || body.type === 7;
    if ((update && !messages?.target) || (body.type === 9 && messages?.type === 5))
      return {
        code: 50035,
        message: "Invalid Form Body",
        errors: {
          type: {
            _errors: [
              {
                code: "INTERACTION_RESPONSE_TYPE_INVALID",
                message: "Invalid interaction response type",
              },
            ],
          },
        },
      };
    if (body.type === 9) return modalBroken(body.data);
    return body.type === 4 || body.type === 7 ? messageLimitBroken(body.data ?? {}) : null;
  }

  /**
   * What a first answer makes: a reply (type 4), a deferral's "thinking…" (type 5), or — for a
   * component — an edit of the message it is on (type 7), or the promise of one (type 6).
   */
  private answerInteraction(id: string, body: { type?: number; data?: MessageBody }): void {
    const messages = this.interactionMessages.get(id);
    if (!messages) return;
    if (body.type === 6 || body.type === 7) messages.updated = true;
    if (body.type === 9) messages.modal = body.data;
    if (body.type === 7)
      messages.target!.write(this.edited(messages.target!.read(), body.data ?? {}));
    if (body.type !== 4 && body.type !== 5) return;
    const flags =
      (body.data?.flags ?? 0) |
      (body.type === 5 ? LOADING : 0) |
      (messages.ephemeralOnly ? EPHEMERAL : 0);
    messages.original = { ...this.message(messages.channelId, body.data ?? {}), flags };
  }

  /** A message after an edit: the fields the edit sets, flags but ephemeral dropped (no more "thinking…"). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a message as Discord keeps it
  private edited(message: any, body: MessageBody) {
    return {
      ...message,
      ...(body.content === undefined ? {} : { content: body.content }),
      ...(body.embeds === undefined ? {} : { embeds: body.embeds.map(embedPayload) }),
      ...(body.components === undefined ? {} : { components: withIds(body.components) }),
      flags: message.flags & EPHEMERAL,
      edited_timestamp: new Date(this.now()).toISOString(),
    };
  }

  /**
   * An interaction's webhook: PATCH …/messages/@original edits the first answer (a deferral becomes
   * the message, ephemeral as deferred), POST sends a follow-up. Before the first answer there is no
   * message to edit, and Discord answers Unknown Webhook
   * (https://github.com/Pycord-Development/pycord/issues/1118); the token lasts 15 minutes.
   */
  private interactionWebhook(
    r: RecordedRequest,
    applicationId: string,
    token: string,
    original: boolean,
    reply: Reply,
  ): void {
    const id = this.interactionTokens.get(token);
    const messages = id && applicationId === this.applicationId && this.interactionMessages.get(id);
    // After an update (6 or 7), @original is the message the component is on.
    const target: MessageRef | undefined =
      messages && messages.updated
        ? messages.target
        : messages && messages.original
          ? { read: () => messages.original, write: (m) => void (messages.original = m) }
          : undefined;
    if (!messages || !target) return reply(404, { code: 10015, message: "Unknown Webhook" });
    if (performance.now() - this.interactionSentAt.get(id)! > INTERACTION_TOKEN_MS)
      return reply(401, { code: 50027, message: "Invalid Webhook Token" });
    const body = (r.body ?? {}) as MessageBody;
    if (original && r.method === "GET") return reply(200, target.read());
    const broken = r.method === "GET" ? null : messageLimitBroken(body);
    if (broken) return reply(400, broken);
    if (original && r.method === "PATCH") {
      messages.edits.push(body);
      target.write(this.edited(target.read(), body));
      this.wakeWaiters(id);
      return reply(200, target.read());
    }
    if (!original && r.method === "POST") {
      const message = { ...this.message(messages.channelId, body), flags: body.flags ?? 0 };
      messages.followUps.push(message);
      if (messages.updated) this.wakeWaiters(id);
      return reply(200, message);
    }
    reply(405, { code: 0, message: "405: Method Not Allowed" });
  }

  /**
   * Guild scheduled events as Discord handles them
   * (https://discord.com/developers/docs/resources/guild-scheduled-event): an external event needs a
   * location (1–100 characters) and an end; the start must be in the future (by the server's clock);
   * names take 1–100 characters, descriptions up to 1,000. Permissions are the rules in force since
   * 23 February 2026 (https://discord.com/developers/docs/change-log, 24 November 2025: "Permission
   * Changes Going into Effect February 2026 for PIN_MESSAGES, BYPASS_SLOWMODE,
   * CREATE_GUILD_EXPRESSIONS, and CREATE_EVENTS"): creating one needs Create Events — Manage Events
   * alone no longer does; editing or deleting one's own needs Create Events or Manage Events, anyone
   * else's Manage Events; reading an external event needs nothing
   * (https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-permissions-requirements).
   */
  private scheduledEvent(
    r: RecordedRequest,
    guildId: string,
    id: string | undefined,
    reply: Reply,
  ) {
    const guild = this.guilds.get(guildId);
    if (!guild) return reply(404, { code: 10004, message: "Unknown Guild" });
    const events = this.scheduledEvents.get(guildId) ?? [];
    this.scheduledEvents.set(guildId, events);
    if (r.method === "GET" && !id) return reply(200, events);
    const found = id ? events.find((e) => e.id === id) : undefined;
    if (id && !found) return reply(404, { code: 10070, message: "Unknown Guild Scheduled Event" });
    if (r.method === "GET") return reply(200, found);
    const bits = this.botGuildPermissions(guild);
    const may = (flag: bigint) => (bits & ADMINISTRATOR) !== 0n || (bits & flag) === flag;
    const allowed = found
      ? may(MANAGE_EVENTS) || (may(CREATE_EVENTS) && found.creator_id === this.botUser.id)
      : may(CREATE_EVENTS);
    if (!allowed) return reply(403, DISCORD_ERRORS.missingPermissions.body);
    if (r.method === "DELETE") {
      events.splice(events.indexOf(found!), 1);
      return reply(204);
    }
    const body = (r.body ?? {}) as Partial<FakeScheduledEvent>;
    const event: FakeScheduledEvent = {
      ...(found ?? {
        id: snowflake(),
        guild_id: guildId,
        creator_id: this.botUser.id,
        description: null,
        scheduled_end_time: null,
        entity_metadata: null,
        channel_id: null,
        status: 1,
        name: "",
        scheduled_start_time: "",
        privacy_level: 2,
        entity_type: 3,
        entity_id: null,
        image: null,
        recurrence_rule: null,
        guild_scheduled_event_exceptions: [],
      }),
      ...body,
    };
    const invalid = (field: string, message: string) =>
      reply(400, {
        code: 50035,
        message: "Invalid Form Body",
        errors: { [field]: { _errors: [{ code: "BASE_TYPE_BAD", message }] } },
      });
    if (!event.name || event.name.length > 100) return invalid("name", "Must be 1-100 characters.");
    if (event.description && event.description.length > 1000)
      return invalid("description", "Must be 1000 or fewer in length.");
    if (event.entity_type === 3) {
      const location = event.entity_metadata?.location ?? "";
      if (!location || location.length > 100)
        return invalid("entity_metadata", "Location is required for external events.");
      if (!event.scheduled_end_time)
        return invalid("scheduled_end_time", "End time is required for external events.");
    }
    const start = Date.parse(event.scheduled_start_time);
    if (Number.isNaN(start)) return invalid("scheduled_start_time", "Invalid timestamp.");
    if (body.scheduled_start_time !== undefined && start <= this.now())
      return invalid("scheduled_start_time", "Cannot schedule event in the past.");
    if (event.scheduled_end_time && Date.parse(event.scheduled_end_time) <= start)
      return invalid("scheduled_end_time", "Must be after the start time.");
    if (found) Object.assign(found, event);
    else events.push(event);
    return reply(200, event);
  }

  /** The bot's permissions in a guild, from @everyone and its roles. */
  private botGuildPermissions(guild: FakeGuild): bigint {
    return guild.roles
      .filter((role) => role.id === guild.id || guild.botRoles.includes(role.id))
      .reduce((bits, role) => bits | BigInt(role.permissions), 0n);
  }

  /** What the routes of message edits, deletes and pins work on (message-edits.ts). */
  private get messageStore(): MessageStore {
    return {
      messages: this.messages,
      botUser: this.botUser,
      now: this.now,
      channelExists: (id) => Boolean(this.findChannel(id)),
      botCan: (id, flag) => this.botCan(id, flag),
      limitBroken: messageLimitBroken,
    };
  }

  /** A member deletes a message (the bot gets no answer: it learns of it when it edits, 10008). */
  deleteMessageAsMember(channelId: string, messageId: string): void {
    deleteMessage(this.messageStore, channelId, messageId);
  }

  /**
   * A member unpins a message: the bot learns it from the message object's `pinned`
   * (https://discord.com/developers/docs/resources/message#message-object), as an edit returns it.
   */
  unpinMessageAsMember(channelId: string, messageId: string): void {
    const found = this.messageStore.messages.get(channelId)?.find((m) => m.id === messageId);
    if (found) found.pinned = false;
  }

  /** Uses up `count` of a channel's publishes in the current window, as earlier crossposts would. */
  usePublishes(channelId: string, count = this.publishLimit.limit): void {
    this.publishWindows.set(channelId, { start: this.elapsed(), count });
  }

  /**
   * The bot's permissions in a channel, computed as Discord does: @everyone and its roles, then the
   * overwrites of @everyone, of all its roles together (every deny, then every allow), and its own
   * (https://discord.com/developers/docs/topics/permissions#permission-overwrites).
   */
  botCan(channelId: string, flag: bigint): boolean {
    // A thread has the permissions of its channel (https://discord.com/developers/docs/topics/threads#permissions).
    channelId = this.threads.get(channelId)?.parent_id ?? channelId;
    for (const guild of this.guilds.values()) {
      const channel = guild.channels.find((c) => c.id === channelId);
      if (!channel) continue;
      let allowed = this.botGuildPermissions(guild);
      if (allowed & ADMINISTRATOR) return true;
      const apply = (ids: string[]) => {
        const overwrites = channel.permission_overwrites.filter((o) => ids.includes(o.id));
        const deny = overwrites.reduce((bits, o) => bits | BigInt(o.deny), 0n);
        const allow = overwrites.reduce((bits, o) => bits | BigInt(o.allow), 0n);
        allowed = (allowed & ~deny) | allow;
      };
      apply([guild.id]);
      apply(guild.botRoles);
      apply([this.botUser.id]);
      return (allowed & flag) === flag;
    }
    return false;
  }
}

interface EmbedJson {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}

/**
 * Discord's limits on a message, answered as Discord answers them (50035, Invalid Form Body, the error
 * under its field): content 2,000 characters, 10 embeds, and per embed title 256, description 4,096,
 * 25 fields of name 256 and value 1,024, footer 2,048, author 256 — and 6,000 characters over all the
 * message's embeds (https://discord.com/developers/docs/resources/message#embed-object-embed-limits;
 * the components' limits are in components.ts;
 * the error shapes as Discord sends them, e.g. NelsonDane/auto-rsa#451, member-gentei#127).
 */
function messageLimitBroken(body: MessageBody): unknown {
  const refuse = (errors: unknown) => ({ code: 50035, message: "Invalid Form Body", errors });
  const components = componentsBroken(body.components);
  if (components) return refuse(components);
  const tooLong = (max: number) => ({
    _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${max} or fewer in length.` }],
  });
  if ((body.content ?? "").length > 2000) return refuse({ content: tooLong(2000) });
  const embeds = (body.embeds ?? []) as EmbedJson[];
  if (embeds.length > 10) return refuse({ embeds: tooLong(10) });
  for (const [i, e] of embeds.entries()) {
    const field = (name: string, max: number) =>
      refuse({ embeds: { [i]: { [name]: tooLong(max) } } });
    if ((e.title ?? "").length > 256) return field("title", 256);
    if ((e.description ?? "").length > 4096) return field("description", 4096);
    if ((e.fields ?? []).length > 25) return field("fields", 25);
    for (const [j, f] of (e.fields ?? []).entries()) {
      const bad =
        f.name.length > 256 ? ["name", 256] : f.value.length > 1024 ? ["value", 1024] : null;
      if (bad)
        return refuse({
          embeds: { [i]: { fields: { [j]: { [bad[0]!]: tooLong(bad[1] as number) } } } },
        });
    }
    if ((e.footer?.text ?? "").length > 2048) return field("footer", 2048);
    if ((e.author?.name ?? "").length > 256) return field("author", 256);
  }
  const total = embeds.reduce(
    (n, e) =>
      n +
      (e.title ?? "").length +
      (e.description ?? "").length +
      (e.footer?.text ?? "").length +
      (e.author?.name ?? "").length +
      (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
    0,
  );
  if (total > 6000)
    return refuse({
      embeds: {
        _errors: [
          { code: "MAX_EMBED_SIZE_EXCEEDED", message: "Embed size exceeds maximum size of 6000" },
        ],
      },
    });
  return null;
}

export async function startFakeDiscord(options?: FakeDiscordOptions): Promise<FakeDiscord> {
  return new FakeDiscord(options).start();
}
