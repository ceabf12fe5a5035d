import type { ChatInputCommandInteraction } from "discord.js";
import type { Subscription } from "../model/subscription-model.js";
import { localText } from "../i18n/translate.js";
import { UserInputError, type BotContext } from "./command.js";

/** The subscription named by the `subscription` option, looked up in this guild only. */
export async function findSubscription(
  interaction: ChatInputCommandInteraction<"cached">,
  ctx: BotContext,
): Promise<Subscription> {
  const id = interaction.options.getString("subscription", true);
  const sub = await ctx.subscriptions.get(interaction.guildId, id);
  if (!sub) throw new UserInputError(localText("error.noSubscription"));
  return sub;
}
