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
  status: string;
  broken_reason: string | null;
  status_since: string;
  created_by: string;
  created_at: string;
  last_post_at: string | null;
  last_error: string | null;
}

export interface Database {
  subscriptions: SubscriptionsTable;
}
