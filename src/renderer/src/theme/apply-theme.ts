// Switches the theme by setting data-theme on <html>; theme.css does the rest. 'system' follows the OS.
import type { ThemeName } from './palette';

export type ThemeChoice = ThemeName | 'system';
export const THEME_STORAGE_KEY = 'packing-station.theme';

interface RootLike {
  dataset: Record<string, string | undefined>;
}
interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

// Looked up at run time so this module also loads where there is no DOM (tests in Node).
function root(): RootLike | undefined {
  const doc = Reflect.get(globalThis, 'document') as { documentElement?: RootLike } | undefined;
  return doc?.documentElement;
}
function storage(): StorageLike | undefined {
  try {
    return Reflect.get(globalThis, 'localStorage') as StorageLike | undefined;
  } catch {
    return undefined; // storage disabled: the choice just is not remembered
  }
}

function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'light' || value === 'dark' || value === 'system';
}

export function storedThemeChoice(): ThemeChoice {
  const value = storage()?.getItem(THEME_STORAGE_KEY);
  return isThemeChoice(value) ? value : 'system';
}

/** Applies and remembers the choice. */
export function applyTheme(choice: ThemeChoice): void {
  const el = root();
  if (el) {
    if (choice === 'system') delete el.dataset.theme;
    else el.dataset.theme = choice;
  }
  try {
    storage()?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // quota or privacy mode: the theme still applies for this session
  }
}
