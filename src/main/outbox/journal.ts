// An append-only journal that is durable before it says so: each append resolves only after the bytes
// are written and fsync'd. Records are lines `<crc32 hex> <json>\n`, so a torn last line (power cut
// mid-write) or a partial/garbled record is detected on open and cut away instead of poisoning the
// file. Concurrent appends share one write + fsync (group commit), which keeps enqueue latency close
// to a bare append + fsync under load.
import { open, rename, mkdir, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export interface RecoveryReport {
  /** Records read back intact. */
  records: number;
  /** The last line had no newline: a write was cut short. */
  tornTail: boolean;
  /** Lines whose checksum or JSON did not hold (skipped). */
  corrupt: number;
  /** Bytes cut from the end of the file to get back to the last good record. */
  truncatedBytes: number;
}

export interface Journal<R> {
  /**
   * Resolves once the record is on disk (written and fsync'd). With `sync: false` it resolves once
   * written (a process crash keeps it; a power cut may not until the next synced append's fsync).
   */
  append(record: R, opts?: { sync?: boolean }): Promise<void>;
  /**
   * Replaces the whole journal atomically with these records (compaction). Appends made while it runs
   * wait and land in the new file; a function is called only once earlier appends are on disk, so a
   * snapshot it takes cannot miss a record that went to the old file.
   */
  rewrite(records: readonly R[] | (() => readonly R[])): Promise<void>;
  close(): Promise<void>;
}

export interface OpenedJournal<R> {
  journal: Journal<R>;
  records: R[];
  recovery: RecoveryReport;
}

export function encodeRecord(record: unknown): string {
  const json = JSON.stringify(record);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

/** Decodes one line; null when the checksum or the JSON does not hold. */
export function decodeRecord(line: string): unknown {
  const space = line.indexOf(' ');
  if (space !== 8) return null;
  const json = line.slice(9);
  if (crc32(json).toString(16).padStart(8, '0') !== line.slice(0, 8)) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/** Reads what a journal file holds and where its last good byte is. */
export function scanJournal(text: string): { values: unknown[]; goodLength: number; report: RecoveryReport } {
  const values: unknown[] = [];
  let offset = 0;
  let consumedBytes = 0;
  let goodLength = 0;
  let corrupt = 0;
  let tornTail = false;
  while (offset < text.length) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1) {
      tornTail = true;
      break;
    }
    const line = text.slice(offset, nl);
    offset = nl + 1;
    consumedBytes += Buffer.byteLength(line, 'utf8') + 1;
    const value = line.length > 0 ? decodeRecord(line) : null;
    if (value === null) {
      if (line.length > 0) corrupt += 1;
      continue;
    }
    values.push(value);
    goodLength = consumedBytes;
  }
  const total = Buffer.byteLength(text, 'utf8');
  return {
    values,
    goodLength,
    report: { records: values.length, tornTail, corrupt, truncatedBytes: total - goodLength },
  };
}

export async function openJournal<R>(
  path: string,
  parse: (value: unknown) => R | null,
  opts: { fsync?: boolean } = {},
): Promise<OpenedJournal<R>> {
  const doSync = opts.fsync ?? true;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const scanned = scanJournal(text);
  const records: R[] = [];
  for (const value of scanned.values) {
    const record = parse(value);
    if (record === null) scanned.report.corrupt += 1;
    else records.push(record);
  }
  let fh = await open(path, 'a+', 0o600);
  // Cut a torn or garbled tail so the next append starts on a clean line.
  if (scanned.report.truncatedBytes > 0) {
    await fh.truncate(scanned.goodLength);
    if (doSync) await fh.sync();
  }

  interface Waiting {
    chunk: string;
    sync: boolean;
    resolve: () => void;
    reject: (e: unknown) => void;
  }
  let pending: Waiting[] = [];
  /** Written, waiting for an fsync that starts after their write. */
  let unsynced: Waiting[] = [];
  let writing: Promise<void> | null = null;
  let syncing: Promise<void> | null = null;
  let rewriting: Promise<void> | null = null;
  let closed = false;

  function startFlush(): void {
    // At the end of this event-loop turn, so the records of every answer handled in it share one write
    // (and the fsync after it): fewer syscalls and thread wake-ups per action on a busy machine.
    if (!rewriting && pending.length > 0)
      writing ??= new Promise<void>((r) => setImmediate(r)).then(writeLoop);
  }

  // Writes and fsyncs run side by side: a record that needs no fsync is not held behind one in
  // progress, and every fsync covers all records written before it started (group commit). The write
  // itself is synchronous: a few hundred bytes into the page cache cost microseconds, a round trip
  // through the thread pool several times more CPU per record (measured in bench:outbox).
  function writeLoop(): void {
    while (pending.length > 0 && !rewriting) {
      const batch = pending;
      pending = [];
      try {
        writeAll(fh.fd, batch.length === 1 ? batch[0].chunk : batch.map((p) => p.chunk).join(''));
      } catch (err) {
        for (const p of batch) p.reject(err);
        continue;
      }
      for (const p of batch) {
        if (p.sync && doSync) unsynced.push(p);
        else p.resolve();
      }
      if (unsynced.length > 0 && !syncing) syncing = syncLoop();
    }
    writing = null;
  }

  async function syncLoop(): Promise<void> {
    while (unsynced.length > 0) {
      const batch = unsynced;
      unsynced = [];
      try {
        await fh.datasync();
        for (const p of batch) p.resolve();
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
    syncing = null;
  }

  async function idle(): Promise<void> {
    while (writing || syncing) await (writing ?? syncing);
  }

  const journal: Journal<R> = {
    append(record, opts) {
      if (closed) return Promise.reject(new Error('journal is closed'));
      const sync = opts?.sync ?? true;
      return new Promise<void>((resolve, reject) => {
        pending.push({ chunk: encodeRecord(record), sync, resolve, reject });
        startFlush();
      });
    },
    async rewrite(source) {
      while (rewriting) await rewriting;
      let release = (): void => undefined;
      rewriting = new Promise<void>((resolve) => (release = resolve));
      try {
        await idle();
        const all = typeof source === 'function' ? source() : source;
        const tmp = `${path}.tmp`;
        const out: FileHandle = await open(tmp, 'w', 0o600);
        try {
          await out.write(all.map(encodeRecord).join(''));
          if (doSync) await out.sync();
        } finally {
          await out.close();
        }
        await fh.close();
        await rename(tmp, path);
        if (doSync) await syncDir(dirname(path));
        fh = await open(path, 'a+', 0o600);
      } finally {
        rewriting = null;
        release();
        startFlush();
      }
    },
    async close() {
      closed = true;
      while (rewriting) await rewriting;
      await idle();
      await fh.close();
    },
  };
  return { journal, records, recovery: scanned.report };
}

/** A short write (disk nearly full) is continued, never left as a torn line followed by the next record. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** A rename is only durable once the directory entry is synced too. */
async function syncDir(dir: string): Promise<void> {
  const dh = await open(dir, 'r');
  try {
    await dh.sync();
  } catch {
    // Some filesystems refuse fsync on a directory; the rename itself is still atomic there.
  } finally {
    await dh.close();
  }
}
