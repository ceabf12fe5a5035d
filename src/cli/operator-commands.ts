import { parseArgs } from "node:util";
import type { SubscriptionRepository } from "../store/subscriptions.js";
import type { Subscription } from "../subscriptions/subscription-model.js";
import {
  SubscriptionNotFound,
  type SubscriptionService,
} from "../subscriptions/subscription-service.js";
import type { CommandResult } from "./commands.js";

export const OPERATOR_USAGE = `Operators (against DATABASE_URL, beside the running bot):
  subscriptions list [--guild <id>] [--json]
  subscriptions pause|resume|remove <subscription id>`;

function line(s: Subscription): string {
  const next = s.status === "active" ? `next ${s.nextDueAt ?? "none"}` : (s.brokenReason ?? "");
  return [
    s.id,
    `guild ${s.guildId}`,
    `channel ${s.channelId}`,
    s.status,
    `${s.postTime} ${s.timeZone}`,
    s.language,
    next,
  ]
    .join("  ")
    .trimEnd();
}

/**
 * `npm run cli -- subscriptions …`: what an operator needs without Discord — see every subscription,
 * and pause, resume or remove one — through the same subscription service the bot's admins use.
 */
export async function runSubscriptionsCommand(
  args: string[],
  deps: { subscriptions: SubscriptionRepository; service: SubscriptionService },
): Promise<CommandResult> {
  const fail = (message: string): CommandResult => ({ exitCode: 2, stdout: "", stderr: message });
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { guild: { type: "string" }, json: { type: "boolean", default: false } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${OPERATOR_USAGE}`);
  }
  const [, action, id] = parsed.positionals;
  if (action === "list") {
    const all = parsed.values.guild
      ? await deps.subscriptions.list(parsed.values.guild)
      : await deps.subscriptions.listAll();
    const stdout = parsed.values.json
      ? JSON.stringify(all, null, 2)
      : all.length
        ? all.map(line).join("\n")
        : "No subscriptions.";
    return { exitCode: 0, stdout, stderr: "" };
  }
  if (action !== "pause" && action !== "resume" && action !== "remove")
    return fail(`Unknown or missing action "${action ?? ""}".\n${OPERATOR_USAGE}`);
  if (!id) return fail(`Missing the subscription id.\n${OPERATOR_USAGE}`);
  const sub = await deps.subscriptions.find(id);
  if (!sub) return fail(`No subscription "${id}". See: subscriptions list`);
  try {
    const done = await deps.service[action](sub.guildId, sub.id);
    const verb = { pause: "Paused", resume: "Resumed", remove: "Removed" }[action];
    return {
      exitCode: 0,
      stdout: `${verb}: ${line(action === "remove" ? sub : done)}`,
      stderr: "",
    };
  } catch (error) {
    if (error instanceof SubscriptionNotFound) return fail(error.message);
    throw error;
  }
}
