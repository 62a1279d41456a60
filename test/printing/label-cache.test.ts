import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLabelCache, fileNameForOrder, orderForFileName } from '../../src/main/printing/label-cache';

let root: string;
let dir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'label-cache-'));
  dir = join(root, 'labels');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

const PDF = new TextEncoder().encode('%PDF-1.4 label\n');

describe('label cache', () => {
  it('puts bytes or a file, gets and lists them by order code', async () => {
    const cache = createLabelCache({ dir });
    expect(await cache.get('ORD-1')).toBeNull();
    expect(await cache.has('ORD-1')).toBe(false);

    const kept = await cache.put('ORD-1', PDF);
    expect(kept).toBe(join(dir, 'ORD-1.pdf'));
    const source = join(root, 'download.pdf');
    await writeFile(source, '%PDF-1.7 other\n');
    await cache.put('ORD 2/b', source);

    expect(await cache.get('ORD-1')).toBe(kept);
    expect(await cache.has('ORD 2/b')).toBe(true);
    expect(await readFile((await cache.get('ORD 2/b'))!, 'utf8')).toBe('%PDF-1.7 other\n');
    expect((await cache.list()).map((l) => l.orderCode).sort()).toEqual(['ORD 2/b', 'ORD-1']);
    expect(await cache.remove('ORD-1')).toBe(true);
    expect(await cache.has('ORD-1')).toBe(false);
  });

  it('adopts a fresh download by moving it in, where pathFor says', async () => {
    const cache = createLabelCache({ dir });
    const download = join(root, 'download.pdf');
    await writeFile(download, PDF);
    const kept = await cache.adopt('ORD 3/c', download);
    expect(kept).toBe(cache.pathFor('ORD 3/c'));
    expect(dirname(kept)).toBe(dir);
    expect(await readFile(kept)).toEqual(Buffer.from(PDF));
    expect(await readdir(root)).toEqual(['labels']);
    await expect(cache.adopt('ORD-4', join(root, 'gone.pdf'))).rejects.toThrow();
    expect(await cache.has('ORD-4')).toBe(false);
  });

  it.each(['../x', '../../etc/passwd', '..\\..\\win.ini', 'C:\\x', '/abs/path', '.', '..', 'a/../../b'])(
    'keeps %s inside the cache dir',
    async (code) => {
      const cache = createLabelCache({ dir });
      const path = await cache.put(code, PDF);
      expect(dirname(path)).toBe(dir);
      expect(await readdir(root)).toEqual(['labels']);
      expect(await cache.get(code)).toBe(path);
      expect((await cache.list()).map((l) => l.orderCode)).toEqual([code]);
    },
  );

  it('file names are reversible and contain no dots, slashes or colons before .pdf', () => {
    for (const code of ['ORD123', '../x', 'Ünïcødé #1', 'a~b', 'x.pdf']) {
      const name = fileNameForOrder(code);
      expect(name.slice(0, -4)).toMatch(/^[A-Za-z0-9_~-]+$/);
      expect(orderForFileName(name)).toBe(code);
    }
    expect(fileNameForOrder('../x')).toBe('~2E~2E~2Fx.pdf');
    expect(orderForFileName('.tmp-abc')).toBeNull();
    expect(orderForFileName('not a label.pdf')).toBeNull();
    expect(() => fileNameForOrder('  ')).toThrow(/order code/);
    expect(() => fileNameForOrder('x'.repeat(300))).toThrow(/too long/);
  });

  it('prunes labels older than N days by the clock, keeps the rest', async () => {
    const now = Date.UTC(2026, 10, 27, 12);
    const cache = createLabelCache({ dir, clock: { now: () => now } });
    const old = await cache.put('OLD', PDF);
    const fresh = await cache.put('FRESH', PDF);
    const day = 24 * 3600;
    await utimes(old, now / 1000 - 8 * day, now / 1000 - 8 * day);
    await utimes(fresh, now / 1000 - 6 * day, now / 1000 - 6 * day);
    expect(await cache.prune(7)).toBe(1);
    expect(await cache.has('OLD')).toBe(false);
    expect(await cache.has('FRESH')).toBe(true);
  });

  it('an empty or missing dir lists nothing', async () => {
    expect(await createLabelCache({ dir: join(root, 'never') }).list()).toEqual([]);
  });
});
