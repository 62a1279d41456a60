// The clip store: one file per clip under the date (station time zone), named with the order code and,
// once known, the AWB; chunks in order only; a clip left open by a crash lists as interrupted with its bytes.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClipStore } from '../../src/main/video/clip-store';

let root = '';
let exportDir = '';
const make = () =>
  new ClipStore({
    root,
    timeZone: () => 'Asia/Jakarta',
    limits: () => ({ days: 30, maxBytes: 1e12 }),
    now: () => new Date('2026-12-02T20:30:05Z'),
  });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'clips-'));
  exportDir = await mkdtemp(join(tmpdir(), 'clips-export-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(exportDir, { recursive: true, force: true });
});

describe('clip store', () => {
  it('names the clip by the station-local date, the order code and the AWB', async () => {
    const store = make();
    const clip = await store.start({ orderCode: 'ORD/77', scanId: 's1', packer: 'Ani' });
    // 20:30 UTC is 03:30 the next day in Jakarta.
    expect(clip.fileName).toMatch(/^2026-12-03\/033005_ORD-77_[0-9a-f]{16}\.webm$/);
    await store.append(clip.id, 0, Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
    await store.append(clip.id, 1, Buffer.from([1, 2]));
    await store.setAwb(clip.id, 'JNE123');
    const done = await store.finish(clip.id, 'printed');
    expect(done.fileName).toMatch(/_ORD-77_[0-9a-f]{16}_JNE123\.webm$/);
    expect(done).toMatchObject({
      orderCode: 'ORD/77',
      awb: 'JNE123',
      packer: 'Ani',
      bytes: 6,
      endReason: 'printed',
    });
    const bytes = await readFile(join(root, done.fileName));
    expect([...bytes]).toEqual([0x1a, 0x45, 0xdf, 0xa3, 1, 2]);
    expect((await store.search('jne123')).map((c) => c.id)).toEqual([clip.id]);
    expect((await store.search('ORD/77')).map((c) => c.id)).toEqual([clip.id]);
    expect(await store.search('OTHER')).toEqual([]);
  });

  it('refuses a chunk out of order, and appends after finish', async () => {
    const store = make();
    const clip = await store.start({ orderCode: 'ORD-1', scanId: 's', packer: null });
    await expect(store.append(clip.id, 1, Buffer.from([1]))).rejects.toThrow(
      /chunk 1 arrived, 0 was expected/,
    );
    await store.append(clip.id, 0, Buffer.from([1]));
    await store.finish(clip.id, 'stopped');
    await expect(store.append(clip.id, 1, Buffer.from([1]))).rejects.toThrow(/not being recorded/);
  });

  it('two clips of the same order are two files', async () => {
    const store = make();
    const a = await store.start({ orderCode: 'ORD-1', scanId: 'a', packer: null });
    await store.finish(a.id, 'superseded');
    const b = await store.start({ orderCode: 'ORD-1', scanId: 'b', packer: null });
    await store.finish(b.id, 'printed');
    expect(a.fileName).not.toBe(b.fileName);
    expect(await store.search('ORD-1')).toHaveLength(2);
  });

  it('a clip never finished (crash) lists as interrupted with the bytes written', async () => {
    const first = make();
    const clip = await first.start({ orderCode: 'ORD-9', scanId: 's', packer: null });
    await first.append(clip.id, 0, Buffer.alloc(100, 7));
    // A new store over the same folder is the station after a restart.
    const after = await make().search('ORD-9');
    expect(after).toEqual([expect.objectContaining({ id: clip.id, endReason: 'interrupted', bytes: 100 })]);
  });

  it('reads a clip back in slices and exports a copy, never over an existing file', async () => {
    const store = make();
    const clip = await store.start({ orderCode: 'ORD-5', scanId: 's', packer: null });
    await store.append(clip.id, 0, Buffer.alloc(10, 3));
    await store.finish(clip.id, 'printed');
    const read = await store.read(clip.id, 4);
    expect(read).toEqual({ data: Buffer.alloc(6, 3).toString('base64'), size: 10, next: null });
    const path = await store.exportTo(clip.id, exportDir);
    expect((await readFile(path)).length).toBe(10);
    await expect(store.exportTo(clip.id, exportDir)).rejects.toThrow(/already in that folder/);
    await expect(store.exportTo(clip.id, 'relative/dir')).rejects.toThrow(/full path/);
  });
});
