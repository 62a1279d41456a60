// Where settings live. Electron uses electron-store (adapter in src/main/electron/); the browser host
// and tests use the JSON file store below. Both keep whole JSON values under string keys.
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../files/durable-file';

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** One JSON file, rewritten atomically on every change; writes are serialised. */
export function createJsonFileStore(path: string): KeyValueStore {
  let cache: Record<string, unknown> | null = null;
  let queue: Promise<void> = Promise.resolve();

  async function load(): Promise<Record<string, unknown>> {
    if (cache) return cache;
    try {
      const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
      cache =
        typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
          ? (parsed as Record<string, unknown>)
          : {};
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err;
      cache = {};
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
