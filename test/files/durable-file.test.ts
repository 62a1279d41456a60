import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonFile, SerialWriter, writeFileAtomic } from '../../src/main/files/durable-file';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'durable-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('durable-file', () => {
  it.skipIf(process.platform === 'win32')(
    'creates missing directories 0700 and files 0600, private to the station',
    async () => {
      const path = join(root, 'a', 'b', 'data.json');
      await writeFileAtomic(path, '{"x":1}');
      expect((await stat(join(root, 'a'))).mode & 0o777).toBe(0o700);
      expect((await stat(join(root, 'a', 'b'))).mode & 0o777).toBe(0o700);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
    },
  );

  it('replaces the file whole and leaves no temp file beside it', async () => {
    const path = join(root, 'data.json');
    await writeFileAtomic(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(root)).toEqual(['data.json']);
  });

  it('writes a file given in chunks (several write batches) as their concatenation, in order', async () => {
    const path = join(root, 'big.json');
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ i, text: 'x'.repeat(100) }));
    const writer = new SerialWriter(path);
    await writer.writeChunks(function* () {
      yield '[';
      for (let i = 0; i < rows.length; i++) yield (i === 0 ? '' : ',') + JSON.stringify(rows[i]);
      yield ']';
    });
    expect(await readFile(path, 'utf8')).toBe(JSON.stringify(rows));
  });

  it('reads JSON back, and null for a missing or garbled file', async () => {
    const writer = new SerialWriter(join(root, 'x.json'));
    void writer.write({ n: 1 });
    void writer.write({ n: 2 });
    await writer.flush();
    expect(await readJsonFile(join(root, 'x.json'))).toEqual({ n: 2 });
    expect(await readJsonFile(join(root, 'missing.json'))).toBeNull();
    await writeFileAtomic(join(root, 'bad.json'), '{"n":');
    expect(await readJsonFile(join(root, 'bad.json'))).toBeNull();
  });
});
