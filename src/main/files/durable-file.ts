// The station's one way to put a file on disk so a crash or a power cut cannot lose or tear it: write a
// temp file beside the target, fsync it, rename over the target, fsync the directory. A power cut leaves
// either the old file or the new one, never half of either. Settings, the vault, the work queue, the tray,
// the pack log and the outbox journal all write through here. Data files are private to the station:
// files are created 0600 and directories 0700.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Mode of every file the station creates in its data dir. */
export const FILE_MODE = 0o600;
/** Mode of every directory the station creates in its data dir. */
export const DIR_MODE = 0o700;

/** Creates the directory (and its parents) private to the station; an existing one is left as it is. */
export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
}

/** Replaces `path` atomically and durably with `data` (or the concatenation of its chunks). */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array | Iterable<string>,
  mode = FILE_MODE,
): Promise<void> {
  const dir = dirname(path);
  await ensureDir(dir);
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fh = await open(tmp, 'wx', mode);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await fh.writeFile(data);
    else await writeChunks(fh, data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await syncDir(dir);
}

const CHUNK_BYTES = 256 * 1024;

/** Writes the chunks in writes of about CHUNK_BYTES: a large file never sits in memory as one string. */
async function writeChunks(fh: FileHandle, chunks: Iterable<string>): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= CHUNK_BYTES) {
      await fh.write(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) await fh.write(batch.join(''));
}

/** A rename is only durable once the directory entry is synced too. */
export async function syncDir(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is still atomic there.
  if (process.platform === 'win32') return;
  const dh = await open(dir, 'r');
  try {
    await dh.sync();
  } catch {
    // Some filesystems refuse fsync on a directory; the rename itself is still atomic there.
  } finally {
    await dh.close();
  }
}

export function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(value));
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

/** One JSON file written in order: two saves never race on the rename, and the last one wins. */
export class SerialWriter {
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {}

  write(value: unknown): Promise<void> {
    return this.writeText(() => JSON.stringify(value));
  }

  /** Writes text made of chunks (called when its turn comes): memory stays flat for a large file. */
  writeChunks(chunks: () => Iterable<string>): Promise<void> {
    return this.writeText(chunks);
  }

  private writeText(text: () => string | Iterable<string>): Promise<void> {
    const next = this.chain.then(() => writeFileAtomic(this.path, text()));
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every write asked for so far has finished (shutdown, tests). */
  flush(): Promise<void> {
    return this.chain;
  }
}
