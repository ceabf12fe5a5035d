import type { MessageModel } from "../render/message.js";

/** Draws a message model as plain text for a terminal. */
export function formatMessage(m: MessageModel): string {
  const lines = [`== ${m.title} ==`, m.description, ""];
  for (const f of m.fields)
    lines.push(f.inline ? `${f.name}: ${f.value}` : `${f.name}:\n${f.value}`);
  lines.push("", m.footer);
  return lines.join("\n");
}
