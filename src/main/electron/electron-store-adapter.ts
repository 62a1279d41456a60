// KeyValueStore over electron-store: settings.json in the data dir (electron-store writes atomically).
import Store from 'electron-store';
import type { KeyValueStore } from '../settings/store';

export function createElectronStore(dataDir: string): KeyValueStore {
  const store = new Store<Record<string, unknown>>({
    cwd: dataDir,
    name: 'settings',
    clearInvalidConfig: false,
  });
  return {
    get: async (key) => store.get(key),
    set: async (key, value) => store.set(key, value),
    delete: async (key) => store.delete(key),
  };
}
