// Explicit modes at creation, whatever the umask (this test sets the common 022): the file logger, the
// label cache, the outbox journal; and the start-up pass that narrows what an older version left wide.
import { chmod, mkdir, mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tightenDataDir } from '../../src/main/app/private-files';
import { createFileSink } from '../../src/main/log/file-log';
import { openJournal } from '../../src/main/outbox/journal';
import { createLabelCache } from '../../src/main/printing/label-cache';

const posix = process.platform !== 'win32';
let dir: string;
let umaskBefore = 0;
beforeAll(() => {
  if (posix) umaskBefore = process.umask(0o022);
});
afterAll(() => {
  if (posix) process.umask(umaskBefore);
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'private-files-'));
  return () => rm(dir, { recursive: true, force: true });
});

const modeOf = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

describe.runIf(posix)('private files under a 022 umask', () => {
  it('the file logger: logs folder 0700, log file 0600', async () => {
    const sink = createFileSink({ dataDir: dir, fileName: 'test.log' });
    sink('info', 'hello');
    await expect
      .poll(() =>
        stat(join(dir, 'logs', 'test.log')).then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    expect(await modeOf(join(dir, 'logs'))).toBe(0o700);
    expect(await modeOf(join(dir, 'logs', 'test.log'))).toBe(0o600);
  });

  it('the label cache: folder 0700; stored, copied and adopted labels 0600', async () => {
    const labels = createLabelCache({ dir: join(dir, 'labels') });
    const a = await labels.put('A-1', new Uint8Array([37, 80, 68, 70]));
    const source = join(dir, 'download.pdf');
    await writeFile(source, '%PDF', { mode: 0o644 });
    const b = await labels.put('B-2', source);
    const download = join(dir, 'fresh.pdf');
    await writeFile(download, '%PDF', { mode: 0o644 });
    const c = await labels.adopt('C-3', download);
    expect(await modeOf(join(dir, 'labels'))).toBe(0o700);
    expect(await Promise.all([a, b, c].map(modeOf))).toEqual([0o600, 0o600, 0o600]);
  });

  it('the outbox journal: folder 0700, journal 0600, also after a rewrite', async () => {
    const path = join(dir, 'outbox', 'outbox.journal');
    const { journal } = await openJournal(path, (v) => v as { id: string });
    await journal.append({ id: 'a' });
    await journal.rewrite([{ id: 'b' }]);
    await journal.close();
    expect(await modeOf(join(dir, 'outbox'))).toBe(0o700);
    expect(await modeOf(path)).toBe(0o600);
  });

  it('the start-up pass narrows an existing tree, leaves symlinks alone and tolerates a missing dir', async () => {
    await mkdir(join(dir, 'old', 'deep'), { recursive: true, mode: 0o755 });
    await writeFile(join(dir, 'old', 'deep', 'settings.json'), '{}', { mode: 0o644 });
    const outside = join(await mkdtemp(join(tmpdir(), 'outside-')), 'f');
    await writeFile(outside, 'x', { mode: 0o644 });
    await symlink(outside, join(dir, 'old', 'link'));
    await chmod(dir, 0o755);
    const result = await tightenDataDir(dir);
    expect(result.failed).toEqual([]);
    expect(await modeOf(dir)).toBe(0o700);
    expect(await modeOf(join(dir, 'old', 'deep'))).toBe(0o700);
    expect(await modeOf(join(dir, 'old', 'deep', 'settings.json'))).toBe(0o600);
    expect(await modeOf(outside)).toBe(0o644);
    expect(await tightenDataDir(join(dir, 'missing'))).toEqual({ changed: [], failed: [] });
  });
});
