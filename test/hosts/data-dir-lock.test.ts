import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../../src/main/host/data-dir-lock';

describe('one browser-host station per data dir', () => {
  it('refuses a second station while the first runs, naming its process and URL', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lock-'));
    const first = await lockDataDir(dir);
    expect(first.acquired).toBe(true);
    if (!first.acquired) return;
    await first.setUrl('http://127.0.0.1:5170/#token=abc');
    // Another live process (the test runner's parent) trying the same dir.
    const second = await lockDataDir(dir, process.ppid);
    expect(second).toEqual({
      acquired: false,
      holder: { pid: process.pid, url: 'http://127.0.0.1:5170/#token=abc' },
    });
    await first.release();
    const third = await lockDataDir(dir, process.ppid);
    expect(third.acquired).toBe(true);
  });

  it('takes over a lock left by a station that died (kill -9, power cut)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lock-'));
    await writeFile(join(dir, 'station.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, url: null }));
    const taken = await lockDataDir(dir);
    expect(taken.acquired).toBe(true);
  });
});
