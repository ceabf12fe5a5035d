import {
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from "discord.js";
import { matchTimeZones } from "../../../time/time-zones.js";
import {
  declareRequirements,
  routeSubcommands,
  type Command,
  type Requirements,
} from "../../command.js";
import { label } from "../../command-label.js";
import { addSubscription } from "./add.js";
import { subscriptionChoice } from "../../describe-subscription.js";
import { editSubscription } from "./edit.js";
import { listSubscriptions } from "./list.js";
import { scheduleOptions } from "../../subscription-options.js";
import { previewSubscription } from "./preview.js";
import { removeSubscription } from "./remove.js";
import { setSubscriptionStatus } from "./status.js";

const pick = (sub: SlashCommandSubcommandBuilder) =>
  sub.addStringOption((o) =>
    label(
      o,
      ["subscription", "подписка", "abonelik"],
      ["Which subscription", "Какая подписка", "Hangi abonelik"],
    )
      .setRequired(true)
      .setAutocomplete(true),
  );

const REQUIRES: Requirements = {
  guildOnly: true,
  permission: {
    flag: PermissionFlagsBits.ManageGuild,
    refusal: "You need the Manage Server permission to manage this server's subscriptions.",
  },
};

/** Admins choose where, when and in which language the daily posts go. */
export const subscription: Command = {
  requires: REQUIRES,
  data: declareRequirements(
    label(
      new SlashCommandBuilder(),
      ["subscription", "подписка", "abonelik"],
      [
        "Manage where and when daily posts go (Manage Server)",
        "Куда и когда отправлять ежедневные публикации",
        "Günlük gönderilerin nereye ve ne zaman gideceği",
      ],
    ),
    REQUIRES,
  )
    .addSubcommand((s) =>
      scheduleOptions(
        label(
          s,
          ["add", "добавить", "ekle"],
          [
            "Send daily posts to a channel",
            "Отправлять публикации в канал",
            "Bir kanala günlük gönderi",
          ],
        ),
        true,
      ),
    )
    .addSubcommand((s) =>
      pick(
        label(
          s,
          ["remove", "удалить", "kaldır"],
          ["Stop a subscription", "Удалить подписку", "Aboneliği kaldır"],
        ),
      ),
    )
    .addSubcommand((s) =>
      label(
        s,
        ["list", "список", "liste"],
        ["This server's subscriptions", "Подписки этого сервера", "Bu sunucunun abonelikleri"],
      ),
    )
    .addSubcommand((s) =>
      scheduleOptions(
        pick(
          label(
            s,
            ["edit", "изменить", "düzenle"],
            ["Change a subscription", "Изменить подписку", "Aboneliği değiştir"],
          ),
        ),
        false,
      ).addBooleanOption((o) =>
        label(
          o,
          ["no-role", "без-роли", "rolsüz"],
          ["Stop mentioning a role", "Не упоминать роль", "Rol anmayı bırak"],
        ),
      ),
    )
    .addSubcommand((s) =>
      pick(
        label(
          s,
          ["pause", "приостановить", "duraklat"],
          ["Pause a subscription", "Приостановить подписку", "Aboneliği duraklat"],
        ),
      ),
    )
    .addSubcommand((s) =>
      pick(
        label(
          s,
          ["resume", "возобновить", "sürdür"],
          ["Resume a paused or broken subscription", "Возобновить подписку", "Aboneliği sürdür"],
        ),
      ),
    )
    .addSubcommand((s) =>
      pick(
        label(
          s,
          ["preview", "предпросмотр", "önizleme"],
          [
            "What the channel would get on a date",
            "Что получит канал в дату",
            "Kanalın bir tarihte alacağı",
          ],
        ),
      )
        .addStringOption((o) =>
          label(
            o,
            ["date", "дата", "tarih"],
            [
              "Date (default today), e.g. 25 November",
              "Дата (по умолчанию сегодня)",
              "Tarih (varsayılan bugün)",
            ],
          ).setMaxLength(40),
        )
        .addBooleanOption((o) =>
          label(
            o,
            ["post", "отправить", "gönder"],
            [
              "Send it to the channel as a test",
              "Отправить в канал как тест",
              "Kanala test olarak gönder",
            ],
          ),
        ),
    ),
  execute: routeSubcommands({
    add: addSubscription,
    remove: removeSubscription,
    list: listSubscriptions,
    edit: editSubscription,
    pause: (interaction, ctx) => setSubscriptionStatus(interaction, ctx, "paused"),
    resume: (interaction, ctx) => setSubscriptionStatus(interaction, ctx, "active"),
    preview: previewSubscription,
  }),
  async autocomplete(interaction, ctx) {
    if (!interaction.inCachedGuild()) return interaction.respond([]);
    const focused = interaction.options.getFocused(true);
    if (focused.name === "timezone")
      return interaction.respond(matchTimeZones(focused.value).map((z) => ({ name: z, value: z })));
    const typed = focused.value.toLowerCase();
    const subs = await ctx.subscriptions.list(interaction.guildId);
    const choices = subs.map((s) => ({
      name: subscriptionChoice(s, interaction.guild.channels.cache.get(s.channelId)?.name),
      value: s.id,
    }));
    await interaction.respond(
      choices.filter((c) => c.name.toLowerCase().includes(typed)).slice(0, 25),
    );
  },
};
