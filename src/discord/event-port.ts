import {
  DiscordAPIError,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  RESTJSONErrorCodes,
  Routes,
  type Client,
} from "discord.js";
import type { PlannedEvent } from "../scheduled-events/event-plan.js";
import type { EventPort } from "../scheduled-events/event-sync.js";

const unknownEvent = (error: unknown) =>
  error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownGuildScheduledEvent;

// An external event: a location instead of a channel, and an end time, which Discord requires for it
// (https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object-field-requirements-by-entity-type).
const body = (e: PlannedEvent) => ({
  name: e.name,
  description: e.description,
  scheduled_start_time: e.start,
  scheduled_end_time: e.end,
  privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
  entity_type: GuildScheduledEventEntityType.External,
  entity_metadata: { location: e.location },
});

/** A server's scheduled events through Discord's REST API. */
export function discordEventPort(client: Client): EventPort {
  return {
    async list(guildId) {
      const events = (await client.rest.get(Routes.guildScheduledEvents(guildId))) as {
        id: string;
        creator_id?: string | null;
        name: string;
        scheduled_start_time: string;
      }[];
      return events.map((e) => ({
        id: e.id,
        mine: e.creator_id === client.user?.id,
        name: e.name,
        start: e.scheduled_start_time,
      }));
    },
    async create(guildId, event) {
      const made = (await client.rest.post(Routes.guildScheduledEvents(guildId), {
        body: body(event),
      })) as { id: string };
      return made.id;
    },
    async edit(guildId, eventId, event) {
      try {
        await client.rest.patch(Routes.guildScheduledEvent(guildId, eventId), {
          body: body(event),
        });
        return "edited";
      } catch (error) {
        if (unknownEvent(error)) return "gone";
        throw error;
      }
    },
    async remove(guildId, eventId) {
      try {
        await client.rest.delete(Routes.guildScheduledEvent(guildId, eventId));
      } catch (error) {
        if (!unknownEvent(error)) throw error;
      }
    },
  };
}
