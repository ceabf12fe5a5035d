import type { SubscriptionRepository } from "../ports/subscription-repository.js";
import type { Subscription } from "../model/subscription-model.js";
import type { SubscriptionService } from "../subscriptions/subscription-service.js";
import { AppError } from "../errors/app-error.js";
import type { Language } from "../model/calendar-schema.js";
import { translator } from "../i18n/translate.js";
import { readCommandLine, refused } from "./command-line.js";
import type { CommandResult } from "./commands.js";

const REPORTS = {
  pause: "operator.paused",
  resume: "operator.resumed",
  remove: "operator.removed",
} as const;

function line(s: Subscription): string {
  const next = s.status === "active" ? `next ${s.nextDueAt ?? "none"}` : (s.brokenReason ?? "");
  return [
    s.id,
    `guild ${s.guildId}`,
    `channel ${s.channelId}`,
    s.status,
    `${s.postTime} ${s.timeZone}`,
    ...(s.weekday === null ? [] : [`weekly ${s.weekday}`]),
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
  deps: { subscriptions: SubscriptionRepository; service: SubscriptionService; lang: Language },
): Promise<CommandResult> {
  const t = translator(deps.lang);
  const parsed = readCommandLine(
    args,
    { guild: { type: "string" }, json: { type: "boolean", default: false } },
    t("operator.usage"),
  );
  if (!parsed.ok) return parsed.refusal;
  const [, action, id] = parsed.positionals;
  if (action === "list") {
    const all = parsed.values.guild
      ? await deps.subscriptions.list(parsed.values.guild)
      : await deps.subscriptions.listAll();
    const stdout = parsed.values.json
      ? JSON.stringify(all, null, 2)
      : all.length
        ? all.map(line).join("\n")
        : t("operator.none");
    return { exitCode: 0, stdout, stderr: "" };
  }
  if (action !== "pause" && action !== "resume" && action !== "remove")
    return refused(`${t("operator.badAction", { value: action ?? "" })}\n${t("operator.usage")}`);
  if (!id) return refused(`${t("operator.missingId")}\n${t("operator.usage")}`);
  const sub = await deps.subscriptions.find(id);
  const notFound = () => refused(t("operator.notFound", { value: id }));
  if (!sub) return notFound();
  try {
    const done = await deps.service[action](sub.guildId, sub.id);
    const subscription = line(action === "remove" ? sub : done);
    return { exitCode: 0, stdout: t(REPORTS[action], { subscription }), stderr: "" };
  } catch (error) {
    if (error instanceof AppError && error.kind === "not-found") return notFound();
    throw error;
  }
}
