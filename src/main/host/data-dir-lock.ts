// One station per data dir for the browser host (Electron uses its single-instance lock): a second start
// on the same data dir would fight the first over the printer, the outbox journal and the caches. The
// lock file names the running process and its URL, so the second start can point the operator there.
import { open, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface LockHolder {
  pid: number;
  url: string | null;
}

export type LockResult =
  | { acquired: true; setUrl(url: string): Promise<void>; release(): Promise<void> }
  | { acquired: false; holder: LockHolder };

const LOCK_FILE = 'station.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else; still a live station.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, url: parsed.url ?? null } : null;
  } catch {
    return null;
  }
}

export async function lockDataDir(dataDir: string, pid = process.pid): Promise<LockResult> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, 'wx', 0o600);
      await fh.writeFile(JSON.stringify({ pid, url: null }));
      await fh.close();
      return {
        acquired: true,
        setUrl: (url) => writeFile(path, JSON.stringify({ pid, url }), { mode: 0o600 }),
        release: () => rm(path, { force: true }),
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = await readHolder(path);
      if (holder && holder.pid !== pid && alive(holder.pid)) return { acquired: false, holder };
      // Left behind by a station that died (power cut, kill -9): take it over.
      await rm(path, { force: true });
    }
  }
  throw new Error(`Could not lock the data dir ${dataDir}`);
}
