// The station's languages and where the packer's choice is remembered.

export const LANGUAGES = ['en', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  id: 'Bahasa Indonesia',
};

export const LANGUAGE_STORAGE_KEY = 'packing-station.language';

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

// Looked up at run time (not as a DOM global) so this module also loads in Node tests; access itself
// can throw when storage is disabled, in which case the choice is simply not remembered.
function storage(): StorageLike | undefined {
  try {
    return Reflect.get(globalThis, 'localStorage') as StorageLike | undefined;
  } catch {
    return undefined;
  }
}

export function storedLanguage(): Language | null {
  try {
    const value = storage()?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // quota or privacy mode: the language still applies for this session
  }
}

/** The remembered choice; else the computer's language if we have it; else English. */
export function initialLanguage(): Language {
  const stored = storedLanguage();
  if (stored) return stored;
  const navigatorLanguage = (Reflect.get(globalThis, 'navigator') as { language?: string } | undefined)
    ?.language;
  const base = navigatorLanguage?.toLowerCase().split('-')[0];
  return isLanguage(base) ? base : 'en';
}
