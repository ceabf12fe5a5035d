import type { Kysely, Selectable } from "kysely";
import type { Language } from "../model/calendar-schema.js";
import {
  MAX_SERVER_DATES,
  type ServerDate,
  type ServerDateFields,
} from "../model/server-date-model.js";
import { serializable } from "./serializable.js";
import type { Database, ServerDatesTable } from "./tables.js";
import { ServerDateCap, type ServerDateRepository } from "../ports/server-date-repository.js";

function toServerDate(row: Selectable<ServerDatesTable>): ServerDate {
  return {
    id: row.id,
    guildId: row.guild_id,
    name: row.name,
    text: row.text,
    month: Number(row.month),
    day: Number(row.day),
    year: row.year === null ? null : Number(row.year),
    firstYear: row.first_year === null ? null : Number(row.first_year),
    language: row.language as Language | null,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

function toColumns(fields: Partial<ServerDateFields>): Partial<ServerDatesTable> {
  return {
    ...(fields.name !== undefined && { name: fields.name }),
    ...(fields.text !== undefined && { text: fields.text }),
    ...(fields.month !== undefined && { month: fields.month }),
    ...(fields.day !== undefined && { day: fields.day }),
    ...(fields.year !== undefined && { year: fields.year }),
    ...(fields.firstYear !== undefined && { first_year: fields.firstYear }),
    ...(fields.language !== undefined && { language: fields.language }),
  };
}

export function serverDateRepository(db: Kysely<Database>): ServerDateRepository {
  const ofGuild = (guildId: string) =>
    db.selectFrom("server_dates").selectAll().where("guild_id", "=", guildId);
  return {
    add: (date) =>
      serializable(db, async (trx) => {
        const { count } = await trx
          .selectFrom("server_dates")
          .select((eb) => eb.fn.countAll<string | number>().as("count"))
          .where("guild_id", "=", date.guildId)
          .executeTakeFirstOrThrow();
        if (Number(count) >= MAX_SERVER_DATES) throw new ServerDateCap();
        const row = await trx
          .insertInto("server_dates")
          .values({
            id: date.id,
            guild_id: date.guildId,
            name: date.name,
            text: date.text,
            month: date.month,
            day: date.day,
            year: date.year,
            first_year: date.firstYear,
            language: date.language,
            created_by: date.createdBy,
            created_at: date.createdAt,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toServerDate(row);
      }),
    async get(guildId, id) {
      const row = await ofGuild(guildId).where("id", "=", id).executeTakeFirst();
      return row && toServerDate(row);
    },
    async list(guildId) {
      const rows = await ofGuild(guildId).orderBy("month").orderBy("day").orderBy("id").execute();
      return rows.map(toServerDate);
    },
    async update(guildId, id, fields) {
      const columns = toColumns(fields);
      if (Object.keys(columns).length)
        await db
          .updateTable("server_dates")
          .set(columns)
          .where("guild_id", "=", guildId)
          .where("id", "=", id)
          .execute();
      const row = await ofGuild(guildId).where("id", "=", id).executeTakeFirst();
      return row && toServerDate(row);
    },
    async remove(guildId, id) {
      const result = await db
        .deleteFrom("server_dates")
        .where("guild_id", "=", guildId)
        .where("id", "=", id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    async removeGuild(guildId) {
      const result = await db
        .deleteFrom("server_dates")
        .where("guild_id", "=", guildId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async forGuilds(guildIds) {
      const byGuild = new Map<string, ServerDate[]>();
      if (!guildIds.length) return byGuild;
      const rows = await db
        .selectFrom("server_dates")
        .selectAll()
        .where("guild_id", "in", [...new Set(guildIds)])
        .orderBy("id")
        .execute();
      for (const row of rows) {
        const date = toServerDate(row);
        byGuild.set(date.guildId, [...(byGuild.get(date.guildId) ?? []), date]);
      }
      return byGuild;
    },
    async guilds() {
      const rows = await db.selectFrom("server_dates").select("guild_id").distinct().execute();
      return rows.map((r) => r.guild_id);
    },
  };
}
