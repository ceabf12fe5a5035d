/** The database as kysely sees it. Instants are ISO-8601 UTC strings, which sort as they compare. */
export interface SubscriptionsTable {
  id: string;
  guild_id: string;
  channel_id: string;
  time_zone: string;
  post_time: string;
  language: string;
  role_id: string | null;
  /** Comma-separated kinds; empty means all. */
  kinds: string;
  remind_days: number;
  /** ISO weekday (1–7) of a weekly digest; null: daily posts. */
  weekday: number | null;
  status: string;
  broken_reason: string | null;
  status_since: string;
  created_by: string;
  created_at: string;
  last_post_at: string | null;
  /** The local date (YYYY-MM-DD) of the last post made; never goes back. */
  last_post_date: string | null;
  last_error: string | null;
  next_due_at: string | null;
  next_due_date: string | null;
  /** 1: crosspost each post in an announcement channel. */
  publish: number;
  /** 1: keep the server's scheduled events for the coming days. */
  events: number;
  /** Minutes after which a post's thread is archived; null: no thread. */
  thread_archive: number | null;
  /** Bumped by every admin change (the scheduler's writes are conditional on it). */
  revision: number;
  /** The admin's intro line, placeholders unfilled; null: none. */
  intro: string | null;
  /** 1: keep a live message of the coming days in the channel. */
  live: number;
  /** 1: pin it. */
  pin: number;
}

/** The live message of a subscription that has one (or had: the row outlives `live` turned off). */
export interface LiveMessagesTable {
  subscription_id: string;
  message_id: string | null;
  /** Of what the message says, to skip an edit that would change nothing. */
  content_hash: string | null;
  pinned: number;
  /** When to draw it again. */
  due_at: string | null;
  /** Until when a process handles it (its token: each of its writes names it); null: free. */
  lease: string | null;
  /** 1: a redraw was asked while a process held it; its release leaves it due at once. */
  redraw: number;
  /** When a create was first begun and not yet recorded: it may exist, look before sending again. */
  sending_since: string | null;
  /** Bumped each time the message is found deleted: the next create's nonce differs. */
  generation: number;
}

export interface DeliveriesTable {
  subscription_id: string;
  local_date: string;
  kind: string;
  /** claimed (being sent) | sent | retry (failed for now) | failed (for good) */
  status: string;
  attempts: number;
  claimed_at: string;
  retry_at: string | null;
  message_id: string | null;
  error: string | null;
  sent_at: string | null;
  /** The current claim's token; every write after the claim must name it. */
  claim_token: string | null;
  /** When the first attempt began: no message of this post is older. */
  first_sent_at: string | null;
  /** 1 once an attempt may have reached Discord (begun, and not refused). */
  maybe_sent: number;
}

export interface ServerDatesTable {
  id: string;
  guild_id: string;
  name: string;
  text: string;
  month: number;
  day: number;
  /** A one-off date's year; null: every year. */
  year: number | null;
  first_year: number | null;
  /** Posted only to subscriptions in this language; null: to all. */
  language: string | null;
  created_by: string;
  created_at: string;
}

/** The scheduled events the bot made in a server, by the occurrence each stands for. */
export interface ScheduledEventsTable {
  guild_id: string;
  /** The occurrence: observance id and first date. */
  key: string;
  event_id: string;
  /** Of what the event says, to tell when it needs an update. */
  hash: string;
}

/** A member's reminders: one row per observance (`observance:<id>`) or kind (`kind:<kind>`). */
export interface MemberRemindersTable {
  user_id: string;
  target: string;
  created_at: string;
}

/** A member with reminders: the language of their DMs, a refusal by Discord, the last date reminded. */
export interface ReminderMembersTable {
  user_id: string;
  language: string;
  refused_reason: string | null;
  refused_at: string | null;
  /** The last date (YYYY-MM-DD) whose reminder is settled; never goes back. */
  reminded_through: string | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  subscriptions: SubscriptionsTable;
  deliveries: DeliveriesTable;
  server_dates: ServerDatesTable;
  scheduled_events: ScheduledEventsTable;
  live_messages: LiveMessagesTable;
  meta: MetaTable;
  member_reminders: MemberRemindersTable;
  reminder_members: ReminderMembersTable;
}
