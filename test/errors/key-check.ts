// Checks main's message keys against the renderer's texts: the key exists in English and Bahasa Indonesia,
// its action (if main gave one) has a key too, and every {{value}} the text needs — through $t(…)
// nesting — is among the values main sent.
import type { ErrorInfo } from '../../src/shared/errors';
import { en } from '../../src/renderer/src/i18n/en';
import { id } from '../../src/renderer/src/i18n/id';
import { flattenMessages } from '../../src/renderer/src/i18n/keys';

export const LANGUAGES = { en: flattenMessages(en), id: flattenMessages(id) } as const;
type Values = Record<string, string | number>;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const NESTED = /\$t\(([^)]+)\)/g;

/** The placeholders a text needs with these values, following $t(…) into the texts it names. */
export function neededValues(texts: Map<string, string>, key: string, values: Values, seen = 0): string[] {
  const text = texts.get(key);
  if (text === undefined) throw new Error(`no text for ${key}`);
  if (seen > 5) throw new Error(`nesting too deep at ${key}`);
  const needed = new Set<string>();
  const outer = text.replace(NESTED, '');
  for (const m of outer.matchAll(PLACEHOLDER)) needed.add(m[1] ?? '');
  for (const m of text.matchAll(NESTED)) {
    const ref = m[1] ?? '';
    for (const p of ref.matchAll(PLACEHOLDER)) needed.add(p[1] ?? '');
    const resolved = ref.replace(PLACEHOLDER, (_, name: string) => String(values[name] ?? `{{${name}}}`));
    if (resolved.includes('{{')) continue; // a value is missing: reported above
    for (const inner of neededValues(texts, resolved, values, seen + 1)) needed.add(inner);
  }
  return [...needed];
}

/** The languages that have no text for a key. */
export function missingTexts(key: string): string[] {
  return Object.entries(LANGUAGES)
    .filter(([, texts]) => !texts.has(key))
    .map(([lang]) => `${lang}: no text for ${key}`);
}

/** What is wrong with a keyed message (key, values) in both languages; empty when all is well. */
export function keyProblems(key: string, values: Values = {}): string[] {
  const problems: string[] = [];
  for (const [lang, texts] of Object.entries(LANGUAGES)) {
    if (!texts.has(key)) {
      problems.push(`${lang}: no text for ${key}`);
      continue;
    }
    try {
      for (const name of neededValues(texts, key, values)) {
        if (!(name in values)) problems.push(`${lang}: ${key} needs {{${name}}}`);
      }
    } catch (err) {
      problems.push(`${lang}: ${(err as Error).message}`);
    }
  }
  return problems;
}

/** The same checks for an ErrorInfo main made: keyed, its action keyed when it has one. */
export function infoProblems(info: ErrorInfo): string[] {
  const key = info.messageKey;
  if (!key) return [`not keyed: ${info.message}`];
  const values = info.messageValues ?? {};
  const problems = keyProblems(key, values);
  if (info.action) {
    const action = info.actionKey ?? `${key}Action`;
    if (!LANGUAGES.en.has(action)) problems.push(`action not keyed (${action}): ${info.action}`);
    else problems.push(...keyProblems(action, values));
  }
  return problems;
}
