// Retention: clips older than N days go, then the oldest until the total fits M bytes; a clip being
// recorded is never deleted. Checked on the plan and on real files.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClipStore } from '../../src/main/video/clip-store';
import { planRetention } from '../../src/main/video/retention';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-12-03T10:00:00Z');
const at = (daysAgo: number): string => new Date(now.getTime() - daysAgo * DAY).toISOString();

describe('planRetention', () => {
  it('deletes clips older than the days kept, oldest first', () => {
    const clips = [
      { id: 'b', startedAt: at(40), bytes: 10, active: false },
      { id: 'a', startedAt: at(50), bytes: 10, active: false },
      { id: 'c', startedAt: at(1), bytes: 10, active: false },
    ];
    expect(planRetention(clips, { days: 30, maxBytes: 1e9, now })).toEqual(['a', 'b']);
  });

  it('deletes the oldest until the total fits the size limit', () => {
    const clips = [
      { id: 'new', startedAt: at(0), bytes: 40, active: false },
      { id: 'old', startedAt: at(3), bytes: 40, active: false },
      { id: 'mid', startedAt: at(2), bytes: 40, active: false },
    ];
    expect(planRetention(clips, { days: 30, maxBytes: 50, now })).toEqual(['old', 'mid']);
    expect(planRetention(clips, { days: 30, maxBytes: 80, now })).toEqual(['old']);
    expect(planRetention(clips, { days: 30, maxBytes: 120, now })).toEqual([]);
  });

  it('never deletes a clip being recorded', () => {
    const clips = [
      { id: 'recording', startedAt: at(60), bytes: 100, active: true },
      { id: 'done', startedAt: at(1), bytes: 100, active: false },
    ];
    expect(planRetention(clips, { days: 30, maxBytes: 50, now })).toEqual(['done']);
  });
});

describe('retention on disk', () => {
  let root = '';
  afterEach(async () => rm(root, { recursive: true, force: true }));

  it('removes the oldest clips and their files first when over the size limit', async () => {
    root = await mkdtemp(join(tmpdir(), 'clips-'));
    let clock = new Date('2026-12-01T01:00:00Z');
    const store = new ClipStore({
      root,
      timeZone: () => 'Asia/Jakarta',
      limits: () => ({ days: 30, maxBytes: 2500 }),
      now: () => clock,
      retentionEveryMs: 0,
    });
    const made: string[] = [];
    for (const code of ['ORD-1', 'ORD-2', 'ORD-3']) {
      const clip = await store.start({ orderCode: code, scanId: code, packer: null });
      await store.append(clip.id, 0, Buffer.alloc(1000, 1));
      // Finishing runs retention: the first two fit (2000 bytes), the third pushes the first out.
      await store.finish(clip.id, 'printed');
      made.push(clip.id);
      clock = new Date(clock.getTime() + 60_000);
    }
    const left = await store.search('');
    expect(left.map((c) => c.orderCode).sort()).toEqual(['ORD-2', 'ORD-3']);
    const files = (await readdir(join(root, '2026-12-01'))).sort();
    expect(files.some((f) => f.includes(made[0] ?? '?'))).toBe(false);
    expect(files.filter((f) => f.endsWith('.webm'))).toHaveLength(2);
  });
});
