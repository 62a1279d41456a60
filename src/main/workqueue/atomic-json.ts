// Crash-safe JSON files in the data dir: write a temp file, fsync it, rename over the target, fsync the
// directory. A power cut leaves either the old file or the new one, never half of each.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';

export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(JSON.stringify(value));
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await syncDir(dir);
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

async function syncDir(dir: string): Promise<void> {
  // Directory fsync makes the rename durable; Windows cannot open directories, so it is best effort.
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported on this platform */
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
