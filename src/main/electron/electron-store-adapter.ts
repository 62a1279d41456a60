// KeyValueStore over electron-store: settings.json in the data dir (electron-store writes atomically),
// readable by this OS user only (0600). A damaged file is moved aside before electron-store opens it, and
// reported (damage()), so the PIN it held locks supervisor actions instead of vanishing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import { setAsideIfDamagedSync, type KeyValueStore } from '../settings/store';

function readIfThere(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export function createElectronStore(dataDir: string): KeyValueStore {
  const path = join(dataDir, 'settings.json');
  const damage = setAsideIfDamagedSync(path, readIfThere(path));
  const store = new Store<Record<string, unknown>>({
    cwd: dataDir,
    name: 'settings',
    clearInvalidConfig: false,
    configFileMode: 0o600,
  });
  return {
    get: async (key) => store.get(key),
    set: async (key, value) => store.set(key, value),
    delete: async (key) => store.delete(key),
    damage: () => damage,
  };
}
