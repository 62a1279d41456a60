// Crash-safe JSON files in the data dir, on the one atomic writer (temp file, fsync, rename, fsync dir).
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../settings/atomic-file';

/** The station's data files are private to it, like its settings. */
export function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(value), 0o600);
}

/** The parsed JSON, or null when the file does not exist or is not JSON (a fresh start, not a crash). */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 'ENOENT';
}

/** Serialises writes to one file so two saves never race on the rename. */
export class SerialWriter {
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {}

  write(value: unknown): Promise<void> {
    const next = this.chain.then(() => writeJsonAtomic(this.path, value));
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every write asked for so far has finished (shutdown, tests). */
  flush(): Promise<void> {
    return this.chain;
  }
}
