import { mkdtemp, readFile, writeFile, appendFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeRecord, openJournal } from '../../src/main/outbox/journal';

interface Rec {
  id: string;
  n: number;
}
const parse = (v: unknown): Rec | null =>
  typeof v === 'object' && v !== null && typeof (v as Rec).id === 'string' ? (v as Rec) : null;

async function tempFile(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'journal-')), 'outbox.journal');
}

describe('journal', () => {
  it('reads back what was appended, in order, after reopening', async () => {
    const path = await tempFile();
    const { journal } = await openJournal(path, parse);
    await Promise.all(Array.from({ length: 50 }, (_, n) => journal.append({ id: `a${n}`, n })));
    await journal.close();
    const again = await openJournal(path, parse);
    expect(again.records.map((r) => r.n)).toEqual(Array.from({ length: 50 }, (_, n) => n));
    expect(again.recovery).toMatchObject({ tornTail: false, corrupt: 0, truncatedBytes: 0 });
    await again.journal.close();
  });

  it('cuts a torn last record (no newline) and keeps appending on a clean line', async () => {
    const path = await tempFile();
    await writeFile(path, encodeRecord({ id: 'a', n: 1 }) + encodeRecord({ id: 'b', n: 2 }).slice(0, 20));
    const opened = await openJournal(path, parse);
    expect(opened.records).toEqual([{ id: 'a', n: 1 }]);
    expect(opened.recovery.tornTail).toBe(true);
    expect(opened.recovery.truncatedBytes).toBe(20);
    await opened.journal.append({ id: 'c', n: 3 });
    await opened.journal.close();
    const again = await openJournal(path, parse);
    expect(again.records).toEqual([
      { id: 'a', n: 1 },
      { id: 'c', n: 3 },
    ]);
    expect(again.recovery.corrupt).toBe(0);
    await again.journal.close();
  });

  it('skips a partially written record whose checksum does not hold', async () => {
    const path = await tempFile();
    const good = encodeRecord({ id: 'a', n: 1 });
    const damaged = encodeRecord({ id: 'b', n: 2 }).replace('"n":2', '"n":7');
    await writeFile(path, good + damaged + encodeRecord({ id: 'c', n: 3 }));
    const opened = await openJournal(path, parse);
    expect(opened.records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(opened.recovery.corrupt).toBe(1);
    await opened.journal.close();
  });

  it('returns a duplicated record twice so the reducer above can apply it idempotently', async () => {
    const path = await tempFile();
    const line = encodeRecord({ id: 'a', n: 1 });
    await writeFile(path, line + line);
    const opened = await openJournal(path, parse);
    expect(opened.records).toEqual([
      { id: 'a', n: 1 },
      { id: 'a', n: 1 },
    ]);
    await opened.journal.close();
  });

  it('cuts a garbled tail (zeros after a power cut) back to the last good record', async () => {
    const path = await tempFile();
    await writeFile(path, encodeRecord({ id: 'a', n: 1 }));
    await appendFile(path, Buffer.alloc(64, 0));
    const opened = await openJournal(path, parse);
    expect(opened.records).toEqual([{ id: 'a', n: 1 }]);
    expect(opened.recovery.truncatedBytes).toBe(64);
    await opened.journal.close();
    expect((await stat(path)).size).toBe(Buffer.byteLength(encodeRecord({ id: 'a', n: 1 })));
  });

  it('rewrites atomically for compaction and keeps appending afterwards', async () => {
    const path = await tempFile();
    const { journal } = await openJournal(path, parse);
    for (let n = 0; n < 10; n++) await journal.append({ id: `a${n}`, n });
    await journal.rewrite([{ id: 'kept', n: 9 }]);
    await journal.append({ id: 'after', n: 10 });
    await journal.close();
    const text = await readFile(path, 'utf8');
    expect(text.trim().split('\n')).toHaveLength(2);
    const again = await openJournal(path, parse);
    expect(again.records.map((r) => r.id)).toEqual(['kept', 'after']);
    await again.journal.close();
  });

  it('an unsynced append resolves once written and is read back like any other', async () => {
    const path = await tempFile();
    const { journal } = await openJournal(path, parse);
    await Promise.all([
      journal.append({ id: 'a', n: 1 }, { sync: false }),
      journal.append({ id: 'b', n: 2 }),
    ]);
    await journal.append({ id: 'c', n: 3 }, { sync: false });
    await journal.close();
    const again = await openJournal(path, parse);
    expect(again.records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    await again.journal.close();
  });
});
