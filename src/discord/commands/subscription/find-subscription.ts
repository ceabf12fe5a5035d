import type { ChatInputCommandInteraction } from "discord.js";
import type { Subscription } from "../../../model/subscription-model.js";
import type { Services } from "../../command-services.js";
import { requiredValue } from "../../command-options.js";
import { SUBSCRIPTION } from "./subscription-options.js";

/** The subscription named by the `subscription` option, looked up in this guild only. */
export async function findSubscription(
  interaction: ChatInputCommandInteraction<"cached">,
  services: Services<"subscriptionService">,
): Promise<Subscription> {
  return services.subscriptionService.get(
    interaction.guildId,
    requiredValue(SUBSCRIPTION, interaction.options),
  );
}
