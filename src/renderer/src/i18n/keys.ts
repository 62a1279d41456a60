// Every message key as a type ("pack.headline.idle"), for code that passes keys around as data.
import { en, type Messages } from './en';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;

/** Every key with its text, flattened: "pack.title" → "Packing". */
export function flattenMessages(messages: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of flattenMessages(value as object, `${prefix}${key}.`)) out.set(k, v);
    }
  }
  return out;
}

const englishKeys = new Set(flattenMessages(en).keys());

/** Whether a key computed at run time (e.g. `errors.${kind}.title`) has a text. */
export function isMessageKey(key: string): key is MessageKey {
  return englishKeys.has(key);
}
