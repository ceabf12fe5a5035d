/** A message as the core describes it; the Discord adapter and the console both draw it. */
export interface MessageField {
  name: string;
  value: string;
  inline: boolean;
}

export interface MessageModel {
  title: string;
  description: string;
  fields: MessageField[];
  colour: number;
  footer: string;
  /** The civil date the message is about (YYYY-MM-DD). */
  date: string;
}

/** Discord's embed limits, which every rendered message must respect. */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

export function totalLength(m: MessageModel): number {
  return (
    m.title.length +
    m.description.length +
    m.footer.length +
    m.fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
