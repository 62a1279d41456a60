// The Electron settings store (electron-store itself needs Electron's binary, so it is replaced by a
// recorder): settings.json is created 0600, and a damaged file is moved aside and reported, never
// silently read as "no settings" (which would mean "no supervisor PIN").
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const made: Record<string, unknown>[] = [];
vi.mock('electron-store', () => ({
  default: class {
    private data = new Map<string, unknown>();
    constructor(options: Record<string, unknown>) {
      made.push(options);
    }
    get = (k: string) => this.data.get(k);
    set = (k: string, v: unknown) => void this.data.set(k, v);
    delete = (k: string) => void this.data.delete(k);
  },
}));
const { createElectronStore } = await import('../../src/main/electron/electron-store-adapter');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'electron-store-'));
  made.length = 0;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('electron-store adapter', () => {
  it('asks electron-store for a settings.json readable by this user only', () => {
    const store = createElectronStore(dir);
    expect(made).toEqual([expect.objectContaining({ cwd: dir, name: 'settings', configFileMode: 0o600 })]);
    expect(store.damage?.()).toBeNull();
  });

  it('moves a damaged settings.json aside and reports it', async () => {
    await writeFile(join(dir, 'settings.json'), '{"settings": {"supervisorPinHash": "scr');
    const store = createElectronStore(dir);
    expect(store.damage?.()).toMatch(/not valid JSON/);
    const files = await readdir(dir);
    expect(files).not.toContain('settings.json');
    expect(files.some((f) => f.startsWith('settings.json.damaged-'))).toBe(true);
  });

  it('a readable file stays where it is', async () => {
    await writeFile(join(dir, 'settings.json'), '\uFEFF{"settings": {}}');
    expect(createElectronStore(dir).damage?.()).toBeNull();
    expect(await readdir(dir)).toEqual(['settings.json']);
  });
});
