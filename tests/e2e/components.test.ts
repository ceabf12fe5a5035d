import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ModalBuilder,
  SlashCommandBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/discord/commands/registry.js";
import { COMPONENT_HANDLERS } from "../../src/discord/commands/component-registry.js";
import { command } from "../../src/discord/command.js";
import { componentHandler, customId, expired } from "../../src/discord/component.js";
import { replyWith } from "../../src/discord/reply-with.js";
import { updateMessage } from "../../src/discord/update-message.js";
import { invalid } from "../../src/errors/app-error.js";
import { localText } from "../../src/i18n/translate.js";
import { makeUser } from "../kit/fake-discord/fixtures.js";
import { startHarness, type Harness } from "../kit/bot-harness.js";

const EPHEMERAL = 1 << 6;

/** A command that answers with buttons and a select, each routed to the `probe` handler. */
const probeCommand = command({
  data: new SlashCommandBuilder().setName("probe").setDescription("buttons to press"),
  async execute(interaction) {
    const id = (...args: string[]) => customId("probe", interaction.user.id, ...args);
    const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId(id("done")).setLabel("Done").setStyle(ButtonStyle.Primary),
      new ButtonBuilder()
        .setCustomId(customId("slow", interaction.user.id))
        .setLabel("Slow")
        .setStyle(ButtonStyle.Secondary),
      new ButtonBuilder().setCustomId(id("refuse")).setLabel("Refuse").setStyle(ButtonStyle.Danger),
      new ButtonBuilder().setCustomId(id("fail")).setLabel("Fail").setStyle(ButtonStyle.Danger),
      new ButtonBuilder().setCustomId(id("gone")).setLabel("Gone").setStyle(ButtonStyle.Danger),
    );
    const select = new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
      new StringSelectMenuBuilder()
        .setCustomId(id("pick"))
        .setPlaceholder("Pick")
        .setMaxValues(2)
        .addOptions({ label: "One", value: "1" }, { label: "Two", value: "2" }),
    );
    const stale = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder()
        .setCustomId(customId("retired", null))
        .setLabel("Old")
        .setStyle(ButtonStyle.Secondary),
      new ButtonBuilder()
        .setCustomId(id("rename"))
        .setLabel("Rename")
        .setStyle(ButtonStyle.Primary),
    );
    await interaction.reply({ content: "Press", components: [buttons, select, stale] });
  },
});

const probe = componentHandler({
  prefix: "probe",
  async handle(interaction, [action]) {
    if (action === "refuse") throw invalid(localText("error.count", { value: 99 }));
    if (action === "fail") throw new Error("disk on fire at /srv/secret");
    if (action === "gone") throw expired();
    if (action === "rename")
      return interaction.isButton()
        ? interaction.showModal(
            new ModalBuilder()
              .setCustomId(customId("probe", interaction.user.id, "named"))
              .setTitle("Rename")
              .addComponents(
                new ActionRowBuilder<TextInputBuilder>().addComponents(
                  new TextInputBuilder()
                    .setCustomId("name")
                    .setLabel("New name")
                    .setStyle(TextInputStyle.Short)
                    .setMaxLength(20),
                ),
              ),
          )
        : undefined;
    if (action === "named" && interaction.isModalSubmit())
      return updateMessage(interaction, {
        content: `named ${interaction.fields.getTextInputValue("name")}`,
        components: [],
      });
    const chosen = interaction.isStringSelectMenu() ? interaction.values.join("+") : "";
    await updateMessage(interaction, { content: `done ${chosen}`.trim(), components: [] });
  },
});

/** Acknowledged by dispatch first (a deferred update), then edited. */
const slowProbe = componentHandler({
  prefix: "slow",
  mayWait: true,
  async handle(interaction) {
    await updateMessage(interaction, { content: "slowly done", components: [] });
  },
});

/** Answers with a message whose components break Discord's limits. */
const overLimit = command({
  data: new SlashCommandBuilder().setName("too-many").setDescription("six rows"),
  async execute(interaction) {
    const row = (i: number) =>
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId(`b${i}`).setLabel(`${i}`).setStyle(ButtonStyle.Primary),
      );
    await replyWith(interaction, { content: "x" }).catch(() => undefined);
    await interaction.followUp({ content: "rows", components: [0, 1, 2, 3, 4, 5].map(row) });
  },
});

describe("components: buttons and selects, through dispatch", () => {
  let h: Harness;
  const owner = makeUser("owner-of-answer");
  const ask = () => h.discord.interact({ name: "probe", user: owner });

  beforeAll(async () => {
    h = await startHarness({
      commands: [...COMMANDS, probeCommand, overLimit],
      components: [...COMPONENT_HANDLERS, probe, slowProbe],
    });
  });
  afterAll(() => h.stop());

  it("a button of the answer updates that message (UPDATE_MESSAGE), its components gone", async () => {
    const answer = await ask();
    const pressed = await h.discord.press(answer, { which: "Done" });
    expect(pressed.callback.type).toBe(7);
    expect(pressed.data).toMatchObject({ content: "done", components: [] });
    expect(h.discord.interactionMessages.get(answer.id)!.original.content).toBe("done");
    // Discord's client shows no component the message no longer has.
    await expect(h.discord.press(answer, { which: "Done" })).rejects.toThrow(/no component/);
  });

  it("a select's values reach the handler", async () => {
    const answer = await ask();
    const chosen = await h.discord.press(answer, { which: "Pick", values: ["2", "1"] });
    expect(chosen.data.content).toBe("done 2+1");
    await expect(h.discord.press(await ask(), { which: "Pick", values: ["3"] })).rejects.toThrow(
      /offers no "3"/,
    );
  });

  it("a handler that may wait is acknowledged at once (DEFERRED_UPDATE_MESSAGE), then edits the message", async () => {
    const answer = await ask();
    const pressed = await h.discord.press(answer, { which: "Slow" });
    expect(pressed.callback.type).toBe(6);
    expect(pressed.data).toMatchObject({ content: "slowly done", components: [] });
  });

  it("a button may open a modal (MODAL); its submit (MODAL_SUBMIT) reaches the handler, which updates the message", async () => {
    const answer = await ask();
    const opened = await h.discord.press(answer, { which: "Rename" });
    expect(opened.callback.type).toBe(9);
    expect(opened.data.title).toBe("Rename");
    await expect(h.discord.submit(opened, { name: "x".repeat(21) })).rejects.toThrow(/0–20/);
    const submitted = await h.discord.submit(opened, { name: "Kalbajar" });
    expect(submitted.callback.type).toBe(7);
    expect(submitted.data).toMatchObject({ content: "named Kalbajar", components: [] });
  });

  it("someone else's press is refused privately, in their language, naming who may", async () => {
    const answer = await ask();
    const other = makeUser("passer-by");
    const pressed = await h.discord.press(answer, { which: "Done", user: other, locale: "ru" });
    expect(pressed.callback.type).toBe(4);
    expect(pressed.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(pressed.data.content).toContain(`<@${owner.id}>`);
    expect(pressed.data.content).toContain("выполните команду сами");
    expect(h.discord.interactionMessages.get(answer.id)!.original.content).toBe("Press");
  });

  it("a custom_id no handler knows, or whose state expired, gets a clear private answer", async () => {
    const answer = await ask();
    for (const [which, locale] of [
      ["Old", "tr"],
      ["Gone", "en-GB"],
    ] as const) {
      const pressed = await h.discord.press(answer, { which, locale });
      expect(pressed.callback.type).toBe(4);
      expect(pressed.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(pressed.data.content).toMatch(locale === "tr" ? /vaxtı keçib/ : /has expired/);
    }
  });

  it("a refusal is told privately in the user's language; a fault gets an apology, never its details", async () => {
    const answer = await ask();
    const refused = await h.discord.press(answer, { which: "Refuse", locale: "tr" });
    expect(refused.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(refused.data.content).toContain("99");
    const failed = await h.discord.press(answer, { which: "Fail" });
    expect(failed.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(failed.data.content).toMatch(/Sorry/);
    expect(failed.data.content).not.toContain("/srv/secret");
    await expect
      .poll(() => h.metrics.registry.metrics())
      .toMatch(/_count\{command="component:probe",outcome="failed"\} 1/);
  });

  it("only its user sees an ephemeral message, so no one else can use its components", async () => {
    const answer = await h.discord.interact({ name: "probe", user: owner });
    h.discord.interactionMessages.get(answer.id)!.original.flags |= EPHEMERAL;
    await expect(
      h.discord.press(answer, { which: "Done", user: makeUser("someone") }),
    ).rejects.toThrow(/ephemeral/);
  });

  it("the test server refuses components over Discord's limits (six action rows) with 50035", async () => {
    await h.discord.interact({ name: "too-many", user: owner });
    await expect
      .poll(() => h.discord.seen("POST", /^\/webhooks\//).map((r) => r.status))
      .toContain(400);
  });
});
