// Where settings live. Electron uses electron-store (adapter in src/main/electron/); the browser host
// and tests use the JSON file store below. Both keep whole JSON values under string keys.
// A file that is not a JSON object is damaged: it is moved aside (kept for whoever repairs the station)
// and reported through damage(), so the settings service can lock supervisor actions instead of
// silently starting with no PIN.
import { renameSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { writeFileAtomic } from '../files/durable-file';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Why the stored file could not be read when it was opened (it was moved aside); null when it could. */
  damage?(): string | null;
}

/** Null when `text` is a JSON object (a leading BOM allowed); else what is wrong with it. */
export function damageOf(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return 'the settings file is not valid JSON';
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? null
    : 'the settings file does not hold settings';
}

/** Where a damaged file is kept: beside it, named with the time it was found. */
export function damagedCopyPath(path: string, at = new Date()): string {
  return `${path}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
}

/** Moves a damaged file aside (sync, for stores that read at construction); returns why, or null. */
export function setAsideIfDamagedSync(path: string, text: string | null): string | null {
  const why = text === null ? null : damageOf(text);
  if (why) renameSync(path, damagedCopyPath(path));
  return why;
}

/** One JSON file, rewritten atomically on every change; writes are serialised. */
export function createJsonFileStore(path: string): KeyValueStore {
  let cache: Record<string, unknown> | null = null;
  let damage: string | null = null;
  let queue: Promise<void> = Promise.resolve();

  async function load(): Promise<Record<string, unknown>> {
    if (cache) return cache;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      cache = {};
      return cache;
    }
    damage = damageOf(text);
    if (damage) {
      await rename(path, damagedCopyPath(path));
      cache = {};
    } else {
      cache = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    }
    return cache;
  }

  function mutate(change: (data: Record<string, unknown>) => void): Promise<void> {
    const run = queue.then(async () => {
      const next = { ...(await load()) };
      change(next);
      await writeFileAtomic(path, JSON.stringify(next, null, 2) + '\n', 0o600);
      cache = next;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    async get(key) {
      await queue;
      return (await load())[key];
    },
    set: (key, value) =>
      mutate((d) => {
        d[key] = value;
      }),
    delete: (key) =>
      mutate((d) => {
        delete d[key];
      }),
    damage: () => damage,
  };
}

/** For tests: nothing on disk. */
export function createMemoryStore(initial: Record<string, unknown> = {}): KeyValueStore {
  const data = new Map(Object.entries(initial));
  return {
    get: async (key) => data.get(key),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    delete: async (key) => void data.delete(key),
  };
}
