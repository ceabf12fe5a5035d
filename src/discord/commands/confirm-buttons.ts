import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type ButtonInteraction } from "discord.js";
import type { Translate } from "../../i18n/translate.js";
import type { ServiceName, Services } from "../command-services.js";
import { customId } from "../component.js";

/** The custom_id prefix of a removal's buttons (`confirm-removal.ts` handles them). */
export const CONFIRM = "confirm";

/** What the Remove button removes: what its custom_id names (`what`, `id`), said once removed. */
export type Removal<K extends ServiceName> = (
  interaction: ButtonInteraction<"cached">,
  id: string,
  services: Services<K>,
  t: Translate,
) => Promise<string>;

/**
 * Remove and Cancel, for the member who asked (`owner`) alone. Remove names the thing itself, so it
 * works after a restart too.
 */
export function confirmButtons(t: Translate, owner: string, what: string, id: string) {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(customId(CONFIRM, owner, what, id))
      .setLabel(t("confirm.remove"))
      .setStyle(ButtonStyle.Danger),
    new ButtonBuilder()
      .setCustomId(customId(CONFIRM, owner, "cancel"))
      .setLabel(t("confirm.cancel"))
      .setStyle(ButtonStyle.Secondary),
  );
}
