import type { ExpressionBuilder, Kysely } from "kysely";
import type { Language } from "../model/calendar-schema.js";
import {
  MAX_REMINDERS_PER_MEMBER,
  memberDeliveryId,
  parseTargetKey,
  targetKey,
  type ReminderMember,
} from "../model/member-reminder-model.js";
import type { MemberReminderRepository } from "../ports/member-reminder-repository.js";
import { serializable } from "./serializable.js";
import type { Database, ReminderMembersTable } from "./tables.js";

/** Members' reminders: `member_reminders` (one row per reminder) and `reminder_members` (per member). */
export function memberReminderRepository(db: Kysely<Database>): MemberReminderRepository {
  const targetsOf = async (userIds: readonly string[]) => {
    const rows = userIds.length
      ? await db
          .selectFrom("member_reminders")
          .select(["user_id", "target"])
          .where("user_id", "in", userIds)
          .orderBy("created_at")
          .orderBy("target")
          .execute()
      : [];
    const byUser = new Map<string, string[]>();
    for (const row of rows)
      byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.target]);
    return byUser;
  };
  const toMembers = async (rows: ReminderMembersTable[]): Promise<ReminderMember[]> => {
    const targets = await targetsOf(rows.map((r) => r.user_id));
    return rows.map((r) => ({
      userId: r.user_id,
      language: r.language as Language,
      targets: (targets.get(r.user_id) ?? []).map(parseTargetKey),
      refused:
        r.refused_reason === null ? null : { reason: r.refused_reason, since: r.refused_at! },
    }));
  };
  const notReminded = (date: string) => (eb: ExpressionBuilder<Database, "reminder_members">) =>
    eb.or([eb("reminded_through", "is", null), eb("reminded_through", "<", date)]);
  return {
    add: (userId, target, language, now) =>
      serializable(db, async (trx) => {
        await trx
          .insertInto("reminder_members")
          .values({ user_id: userId, language })
          .onConflict((oc) => oc.column("user_id").doUpdateSet({ language }))
          .execute();
        const key = targetKey(target);
        const rows = await trx
          .selectFrom("member_reminders")
          .select("target")
          .where("user_id", "=", userId)
          .execute();
        if (rows.some((r) => r.target === key)) return "exists";
        if (rows.length >= MAX_REMINDERS_PER_MEMBER) return "cap";
        await trx
          .insertInto("member_reminders")
          .values({ user_id: userId, target: key, created_at: now })
          .execute();
        return "added";
      }),
    async member(userId) {
      const rows = await db
        .selectFrom("reminder_members")
        .selectAll()
        .where("user_id", "=", userId)
        .execute();
      return (await toMembers(rows))[0];
    },
    remove: (userId, target) =>
      db.transaction().execute(async (trx) => {
        const removed = await trx
          .deleteFrom("member_reminders")
          .where("user_id", "=", userId)
          .where("target", "=", targetKey(target))
          .executeTakeFirst();
        const left = await trx
          .selectFrom("member_reminders")
          .select("target")
          .where("user_id", "=", userId)
          .executeTakeFirst();
        if (!left) await trx.deleteFrom("reminder_members").where("user_id", "=", userId).execute();
        return Number(removed.numDeletedRows) > 0;
      }),
    erase: (userId) =>
      db.transaction().execute(async (trx) => {
        await trx.deleteFrom("member_reminders").where("user_id", "=", userId).execute();
        await trx
          .deleteFrom("deliveries")
          .where("subscription_id", "=", memberDeliveryId(userId))
          .execute();
        const member = await trx
          .deleteFrom("reminder_members")
          .where("user_id", "=", userId)
          .executeTakeFirst();
        return Number(member.numDeletedRows) > 0;
      }),
    async refuse(userId, reason, now) {
      await db
        .updateTable("reminder_members")
        .set({ refused_reason: reason, refused_at: now })
        .where("user_id", "=", userId)
        .execute();
    },
    async resume(userId) {
      const result = await db
        .updateTable("reminder_members")
        .set({ refused_reason: null, refused_at: null })
        .where("user_id", "=", userId)
        .where("refused_reason", "is not", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async due(date, { observances, kinds }, limit, after) {
      const wanted = [
        ...observances.map((observance) => targetKey({ observance })),
        ...kinds.map((kind) => targetKey({ kind })),
      ];
      if (!wanted.length) return [];
      let query = db
        .selectFrom("reminder_members")
        .selectAll()
        .where("refused_reason", "is", null)
        .where(notReminded(date))
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom("member_reminders")
              .select("target")
              .whereRef("member_reminders.user_id", "=", "reminder_members.user_id")
              .where("target", "in", wanted),
          ),
        )
        .orderBy("user_id")
        .limit(limit);
      if (after) query = query.where("user_id", ">", after);
      return toMembers(await query.execute());
    },
    async owes(userId, date) {
      const row = await db
        .selectFrom("reminder_members")
        .select("user_id")
        .where("user_id", "=", userId)
        .where("refused_reason", "is", null)
        .where(notReminded(date))
        .executeTakeFirst();
      return row !== undefined;
    },
    async markReminded(userId, date) {
      await db
        .updateTable("reminder_members")
        .set({ reminded_through: date })
        .where("user_id", "=", userId)
        .where(notReminded(date))
        .execute();
    },
  };
}
