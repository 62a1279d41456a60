// Everything under the data dir is private to the OS user running the station: settings with the PIN
// hash, the key, the journal, logs, and labels with customers' names and addresses. Files are created
// 0600 and folders 0700 with explicit modes; at start the whole tree is tightened once, so files left by
// an older version (or created with a wide umask) are private again. The hosts also narrow the umask, so a
// library that creates files with default modes (Chromium's caches, a temp download) stays private too.
import { chmod, lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log/logger';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/** Files are born private in this process, whatever the umask was: a safety net under explicit modes. */
export function narrowUmask(): void {
  if (process.platform !== 'win32') process.umask(0o077);
}

export interface TightenResult {
  /** Paths whose mode was narrowed. */
  changed: string[];
  /** Paths that could not be changed (another owner...), with the error code. */
  failed: { path: string; code: string }[];
}

/**
 * Narrows every folder under `dir` (and `dir` itself) to 0700 and every file to 0600. Symbolic links
 * are not followed. A missing `dir` is nothing to do. POSIX only: Windows has no such modes.
 */
export async function tightenDataDir(dir: string): Promise<TightenResult> {
  const result: TightenResult = { changed: [], failed: [] };
  if (process.platform === 'win32') return result;
  async function visit(path: string): Promise<void> {
    let info;
    try {
      info = await lstat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      if (code !== 'ENOENT') result.failed.push({ path, code });
      return;
    }
    if (info.isSymbolicLink() || !(info.isDirectory() || info.isFile())) return;
    const want = info.isDirectory() ? PRIVATE_DIR : PRIVATE_FILE;
    if ((info.mode & 0o777 & ~want) !== 0) {
      try {
        await chmod(path, want);
        result.changed.push(path);
      } catch (err) {
        result.failed.push({ path, code: (err as NodeJS.ErrnoException).code ?? 'error' });
      }
    }
    if (info.isDirectory()) {
      let names: string[] = [];
      try {
        names = await readdir(path);
      } catch (err) {
        result.failed.push({ path, code: (err as NodeJS.ErrnoException).code ?? 'error' });
      }
      for (const name of names) await visit(join(path, name));
    }
  }
  await visit(dir);
  return result;
}

/** Once at start: files left with wider modes (an older version, a wide umask) become private again. */
export async function makeDataDirPrivate(dataDir: string, log: Logger): Promise<void> {
  const { changed, failed } = await tightenDataDir(dataDir);
  if (changed.length) log.info('Data dir: narrowed file modes to this user only', { count: changed.length });
  if (failed.length)
    log.warn('Data dir: some files could not be made private', { paths: failed.slice(0, 10) });
}
