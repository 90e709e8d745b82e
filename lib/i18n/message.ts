/**
 * Messages that lib/ produces for people (zod validation messages, an action's
 * form error or notice) are references into the dashboard catalogue, not
 * English text: `message("account.language.notSaved")`, with ICU values when
 * the text has placeholders. They are translated where they are shown
 * (components/ui/message-text.tsx), in the reader's language, which works the
 * same for a server action's answer and for the browser's own validation with
 * the same schema. A reference is a plain string so that it fits zod messages
 * and FieldErrors unchanged; text that is not a reference is shown as it is.
 */
import type { Messages } from "@/messages";

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the catalogue, "namespace.path.to.message". */
export type MessageKey = Leaves<Messages>;
export type MessageValues = Record<string, string | number>;

const MARK = "@@";

export function message(key: MessageKey, values?: MessageValues): string {
  return values ? `${MARK}${key} ${JSON.stringify(values)}` : `${MARK}${key}`;
}

/** The key and values of a reference, or null for plain text. */
export function readMessage(text: string): { key: string; values?: MessageValues } | null {
  if (!text.startsWith(MARK)) return null;
  const space = text.indexOf(" ");
  if (space === -1) return { key: text.slice(MARK.length) };
  try {
    const values: unknown = JSON.parse(text.slice(space + 1));
    if (typeof values !== "object" || values === null || Array.isArray(values)) return null;
    return { key: text.slice(MARK.length, space), values: values as MessageValues };
  } catch {
    return null;
  }
}

type Translate = { (key: never, values?: never): string; has(key: never): boolean };

/** The text of a message in the translator's language; plain text and unknown keys are shown as they are. */
export function translateMessage(t: Translate, text: string): string {
  const ref = readMessage(text);
  if (!ref || !t.has(ref.key as never)) return text;
  return t(ref.key as never, ref.values as never);
}
