// Printed labels kept on disk per order, so a torn or smudged label can be reprinted without the API.
// Order codes come from scans and the network: they are encoded into file names that cannot leave the dir.
// Labels carry customers' names and addresses: the folder is 0700 and every label 0600.
import { randomBytes } from 'node:crypto';
import { chmod, copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CachedLabel {
  orderCode: string;
  path: string;
  savedAt: Date;
  bytes: number;
}

export interface LabelCache {
  readonly dir: string;
  /** Stores the label (a file path to copy, or the bytes); returns its path in the cache. */
  put(orderCode: string, source: string | Uint8Array): Promise<string>;
  /** Moves a file the caller no longer needs (a fresh download) into the cache; returns its path. */
  adopt(orderCode: string, file: string): Promise<string>;
  /** Where the order's label is (or would be) kept. */
  pathFor(orderCode: string): string;
  get(orderCode: string): Promise<string | null>;
  has(orderCode: string): Promise<boolean>;
  /** Newest first. */
  list(): Promise<CachedLabel[]>;
  remove(orderCode: string): Promise<boolean>;
  /** Deletes labels saved more than `days` ago; returns how many went. */
  prune(days: number): Promise<number>;
}

const EXT = '.pdf';
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;
const MAX_NAME = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reversible, safe file name for an order code: letters, digits, '_' and '-' stay; every other byte
 * becomes ~XX (hex). No '.', '/', '\\' or ':' survives, so `../x` or `C:\x` cannot escape the dir.
 */
export function fileNameForOrder(orderCode: string): string {
  if (orderCode.trim() === '') throw new Error('An order code is needed to cache its label.');
  let name = '';
  for (const byte of Buffer.from(orderCode, 'utf8')) {
    const ch = String.fromCharCode(byte);
    name += /[A-Za-z0-9_-]/.test(ch) ? ch : `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (name.length + EXT.length > MAX_NAME)
    throw new Error(`Order code ${orderCode.slice(0, 40)}… is too long.`);
  return name + EXT;
}

/** The order code back from a cache file name, or null for files that are not cached labels. */
export function orderForFileName(fileName: string): string | null {
  if (!fileName.endsWith(EXT)) return null;
  const stem = fileName.slice(0, -EXT.length);
  if (!/^(?:[A-Za-z0-9_-]|~[0-9A-F]{2})+$/.test(stem)) return null;
  const bytes: number[] = [];
  for (let i = 0; i < stem.length; i++) {
    if (stem[i] === '~') {
      bytes.push(parseInt(stem.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(stem.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

export function createLabelCache(options: { dir: string; clock?: { now(): number } }): LabelCache {
  const { dir } = options;
  const now = () => options.clock?.now() ?? Date.now();
  const pathFor = (orderCode: string) => join(dir, fileNameForOrder(orderCode));

  async function statOrNull(path: string) {
    try {
      return await stat(path);
    } catch {
      return null;
    }
  }

  async function list(): Promise<CachedLabel[]> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return [];
    }
    const labels: CachedLabel[] = [];
    for (const name of names) {
      const orderCode = orderForFileName(name);
      const info = orderCode === null ? null : await statOrNull(join(dir, name));
      if (orderCode !== null && info?.isFile()) {
        labels.push({ orderCode, path: join(dir, name), savedAt: info.mtime, bytes: info.size });
      }
    }
    return labels.sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
  }

  async function put(orderCode: string, source: string | Uint8Array): Promise<string> {
    const target = pathFor(orderCode);
    await mkdir(dir, { recursive: true, mode: DIR_MODE });
    // Write beside the target and rename, so a reprint never reads a half-written label.
    const tmp = join(dir, `.tmp-${randomBytes(6).toString('hex')}`);
    try {
      if (typeof source === 'string') await copyFile(source, tmp);
      else await writeFile(tmp, source, { mode: FILE_MODE });
      // A copy takes its source's mode; the umask may have been wide: make it private either way.
      await chmod(tmp, FILE_MODE);
      await rename(tmp, target);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
    return target;
  }

  return {
    dir,
    list,

    put,

    async adopt(orderCode, file) {
      const target = pathFor(orderCode);
      await mkdir(dir, { recursive: true, mode: DIR_MODE });
      try {
        // One atomic rename instead of a copy: a reprint never reads a half-written label either way.
        await chmod(file, FILE_MODE);
        await rename(file, target);
      } catch (error) {
        // Another filesystem (EXDEV) or the like: copy beside the target and rename, as put does.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
        await put(orderCode, file);
        await rm(file, { force: true });
      }
      return target;
    },

    pathFor,

    async get(orderCode) {
      const path = pathFor(orderCode);
      return (await statOrNull(path))?.isFile() ? path : null;
    },

    async has(orderCode) {
      return (await statOrNull(pathFor(orderCode)))?.isFile() ?? false;
    },

    async remove(orderCode) {
      const path = pathFor(orderCode);
      if (!(await statOrNull(path))) return false;
      await rm(path, { force: true });
      return true;
    },

    async prune(days) {
      const cutoff = now() - days * DAY_MS;
      let removed = 0;
      for (const label of await list()) {
        if (label.savedAt.getTime() < cutoff) {
          await rm(label.path, { force: true });
          removed += 1;
        }
      }
      return removed;
    },
  };
}
