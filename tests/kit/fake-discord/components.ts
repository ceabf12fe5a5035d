/* eslint-disable @typescript-eslint/no-explicit-any -- messages and components as JSON */
import type { FakeGuild, FakeUser } from "./fixtures.js";

/**
 * Message components as Discord takes them and sends them back: their limits, checked when a message
 * is made or edited, and the MESSAGE_COMPONENT interaction a press on one makes.
 * Pages: https://discord.com/developers/docs/components/reference (legacy message components: up to 5
 * action rows; a row holds up to 5 buttons or one select; custom_id 1–100 characters, unique in the
 * message; a button's label up to 80; a string select's 1–25 options, each label, value and
 * description up to 100, its placeholder up to 150, min_values 0–25, max_values 1–25).
 */

const BUTTON = 2;
const STRING_SELECT = 3;
const ROLE_SELECT = 6;
const CHANNEL_SELECT = 8;
const SELECTS = [STRING_SELECT, 5, ROLE_SELECT, 7, CHANNEL_SELECT];
const LINK = 5;

type Errors = Record<string, unknown>;

const error = (code: string, message: string) => ({ _errors: [{ code, message }] });
const tooLong = (max: number) =>
  error("BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`);

/** What is wrong with one interactive component, by field, or null. */
function componentErrors(c: any, seen: Set<string>): Errors | null {
  if (c.type === BUTTON && c.style === LINK) return null;
  const id: unknown = c.custom_id;
  if (typeof id !== "string" || id.length < 1)
    return { custom_id: error("BASE_TYPE_REQUIRED", "This field is required") };
  if (id.length > 100) return { custom_id: tooLong(100) };
  if (seen.has(id))
    return {
      custom_id: error(
        "COMPONENT_CUSTOM_ID_DUPLICATED",
        "Component custom id cannot be duplicated",
      ),
    };
  seen.add(id);
  if (c.type === BUTTON) return (c.label ?? "").length > 80 ? { label: tooLong(80) } : null;
  if ((c.placeholder ?? "").length > 150) return { placeholder: tooLong(150) };
  if ((c.min_values ?? 1) < 0 || (c.min_values ?? 1) > 25) return { min_values: tooLong(25) };
  if ((c.max_values ?? 1) < 1 || (c.max_values ?? 1) > 25) return { max_values: tooLong(25) };
  if (c.type !== STRING_SELECT) return null;
  const options = (c.options ?? []) as any[];
  if (options.length < 1 || options.length > 25) return { options: tooLong(25) };
  for (const [i, o] of options.entries())
    for (const field of ["label", "value", "description"])
      if ((o[field] ?? "").length > 100) return { options: { [i]: { [field]: tooLong(100) } } };
  return null;
}

/** What is wrong with one action row, or null. */
function rowErrors(row: any, seen: Set<string>): Errors | null {
  const children = (row.components ?? []) as any[];
  const selects = children.filter((c) => SELECTS.includes(c.type)).length;
  if (
    row.type !== 1 ||
    children.length < 1 ||
    children.length > 5 ||
    (selects && children.length > 1)
  )
    return {
      components: error(
        "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
        "An action row holds up to 5 buttons or a single select",
      ),
    };
  for (const [i, c] of children.entries()) {
    const wrong = componentErrors(c, seen);
    if (wrong) return { components: { [i]: wrong } };
  }
  return null;
}

/** A message's components broken, as Discord's 50035 errors under `components`, or null. */
export function componentsBroken(components: unknown): Errors | null {
  if (components === undefined || components === null) return null;
  const rows = components as any[];
  if (rows.length > 5) return { components: tooLong(5) };
  const seen = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const wrong = rowErrors(row, seen);
    if (wrong) return { components: { [i]: wrong } };
  }
  return null;
}

/**
 * Components as Discord stores them: each with a numeric `id`, "generated sequentially if left
 * empty", never reusing one given (https://discord.com/developers/docs/components/reference#anatomy-of-a-component);
 * a select with its `min_values` and `max_values`, 1 unless set (#string-select; the spec's answers
 * require both).
 */
export function withIds(components: unknown[] | undefined): any[] {
  const rows = (components ?? []) as any[];
  const all = rows.flatMap((row) => [row, ...((row.components ?? []) as any[])]);
  const taken = new Set(all.map((c) => c.id).filter((id) => typeof id === "number"));
  let next = 0;
  const id = (given: unknown) => {
    if (typeof given === "number") return given;
    while (taken.has(++next));
    return next;
  };
  return rows.map((row) => {
    const rowId = id(row.id);
    return {
      ...row,
      id: rowId,
      components: ((row.components ?? []) as any[]).map((c) => ({
        ...(SELECTS.includes(c.type) ? { min_values: 1, max_values: 1 } : {}),
        ...c,
        id: id(c.id),
      })),
    };
  });
}

/** What a test does with a component: press a button, or choose `values` in a select. */
export interface ComponentUse {
  /** The component: its custom_id, a button's label or a select's placeholder. */
  which: string;
  /** For a select: what is chosen (option values, channel or role ids). */
  values?: string[];
}

/** The interactive component of a message a test names, or an error: Discord shows no other. */
export function findComponent(message: any, which: string): any {
  const all = ((message.components ?? []) as any[]).flatMap((row) => row.components ?? []);
  const found = all.find(
    (c) => c.custom_id === which || c.label === which || c.placeholder === which,
  );
  if (!found)
    throw new Error(
      `no component "${which}" on message ${message.id}; it has: ${all.map((c) => c.label ?? c.placeholder ?? c.custom_id).join(", ") || "none"}`,
    );
  if (found.disabled)
    throw new Error(`component "${which}" is disabled: Discord lets no one use it`);
  return found;
}

/**
 * The `data` of a MESSAGE_COMPONENT interaction: custom_id, component_type, and for a select the
 * values chosen, with the channels and roles resolved
 * (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-message-component-data-structure).
 * A choice the select does not offer is an error of the test: Discord's client cannot make it.
 */
export function componentData(component: any, values: string[] | undefined, guild: FakeGuild) {
  const data = { custom_id: component.custom_id, component_type: component.type };
  if (!SELECTS.includes(component.type)) {
    if (values) throw new Error(`a button takes no values`);
    return data;
  }
  const chosen = values ?? [];
  const [min, max] = [component.min_values ?? 1, component.max_values ?? 1];
  if (chosen.length < min || chosen.length > max)
    throw new Error(`the select takes ${min}–${max} values, not ${chosen.length}`);
  if (component.type === STRING_SELECT) {
    const offered = (component.options as { value: string }[]).map((o) => o.value);
    const stray = chosen.find((v) => !offered.includes(v));
    if (stray) throw new Error(`the select offers no "${stray}"`);
  }
  return { ...data, values: chosen, resolved: resolvedChoices(component, chosen, guild) };
}

/** The channels or roles a channel or role select resolved. */
function resolvedChoices(component: any, chosen: string[], guild: FakeGuild) {
  if (component.type === CHANNEL_SELECT) {
    const types = component.channel_types as number[] | undefined;
    const channels = chosen.map((id) => {
      const channel = guild.channels.find((c) => c.id === id);
      if (!channel || (types && !types.includes(channel.type)))
        throw new Error(`the channel select does not offer channel ${id}`);
      return [
        id,
        { id, name: channel.name, type: channel.type, permissions: "0", guild_id: guild.id },
      ];
    });
    return { channels: Object.fromEntries(channels) };
  }
  if (component.type === ROLE_SELECT) {
    const roles = chosen.map((id) => {
      const role = guild.roles.find((r) => r.id === id);
      if (!role) throw new Error(`the role select does not offer role ${id}`);
      return [id, role];
    });
    return { roles: Object.fromEntries(roles) };
  }
  return {};
}

/** Who may see a message, so use its components: anyone, or for an ephemeral one its user alone. */
export function mayUse(message: any, owner: FakeUser | undefined, user: FakeUser): boolean {
  const ephemeral = (message.flags & (1 << 6)) !== 0;
  return !ephemeral || owner?.id === user.id;
}

const TEXT_INPUT = 4;
const LABEL = 18;

/** A modal's text inputs: in action rows, or in labels (Discord's newer layout). */
function textInputs(modal: any): any[] {
  return ((modal.components ?? []) as any[]).flatMap((c) =>
    c.type === LABEL ? [c.component] : ((c.components ?? []) as any[]),
  );
}

/**
 * A modal broken, as Discord's 50035 errors, or null: a title of 1–45 characters, a custom_id of
 * 1–100, 1–5 components, text inputs labelled up to 45 and holding up to 4,000
 * (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal,
 * https://discord.com/developers/docs/components/reference#text-input).
 */
export function modalBroken(modal: any): unknown {
  const refuse = (errors: unknown) => ({ code: 50035, message: "Invalid Form Body", errors });
  const title: string = modal?.title ?? "";
  if (title.length < 1 || title.length > 45) return refuse({ data: { title: tooLong(45) } });
  const id: string = modal.custom_id ?? "";
  if (id.length < 1 || id.length > 100) return refuse({ data: { custom_id: tooLong(100) } });
  const count = (modal.components ?? []).length;
  if (count < 1 || count > 5) return refuse({ data: { components: tooLong(5) } });
  const wrong = textInputs(modal).findIndex(
    (input) => (input.label ?? "").length > 45 || (input.max_length ?? 0) > 4000,
  );
  return wrong < 0 ? null : refuse({ data: { components: { [wrong]: tooLong(45) } } });
}

/**
 * The `data` of a MODAL_SUBMIT: the modal's custom_id and each text input's value, laid out as the
 * modal laid them out. Discord's client lets no required input stay empty and no value pass its
 * lengths: such a test throws.
 */
export function modalData(modal: any, values: Record<string, string>) {
  const inputs = textInputs(modal);
  const stray = Object.keys(values).find((id) => !inputs.some((i) => i.custom_id === id));
  if (stray) throw new Error(`the modal has no text input "${stray}"`);
  const answer = (input: any) => {
    const value = values[input.custom_id] ?? "";
    if (input.required !== false && !value) throw new Error(`"${input.custom_id}" is required`);
    if (value.length > (input.max_length ?? 4000) || value.length < (input.min_length ?? 0))
      throw new Error(
        `"${input.custom_id}" takes ${input.min_length ?? 0}–${input.max_length ?? 4000} characters`,
      );
    return { type: TEXT_INPUT, id: input.id, custom_id: input.custom_id, value };
  };
  const components = ((modal.components ?? []) as any[]).map((c) =>
    c.type === LABEL
      ? { type: LABEL, id: c.id, component: answer(c.component) }
      : { type: 1, id: c.id, components: ((c.components ?? []) as any[]).map(answer) },
  );
  return { custom_id: modal.custom_id, components };
}
