// How `npm run test:unit` tells a machine without CUPS (or without the test queues) from one that can
// run the cups project: a PATH without lpstat, and fake lpstat programs standing in for each state.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cupsMissing, unrunnable } from '../../scripts/test-needs';

let root: string;
let captureDir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'test-needs-'));
  captureDir = join(root, 'prn');
  await mkdir(captureDir);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A directory whose only program is an `lpstat` answering `-r` and `-e` as given. */
async function pathWithLpstat(name: string, scheduler: string, queues: string[]): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir);
  const script = [
    '#!/bin/sh',
    'case "$1" in',
    `  -r) echo "${scheduler}" ;;`,
    `  -e) printf '${queues.map((q) => `${q}\\n`).join('')}' ;;`,
    'esac',
    '',
  ].join('\n');
  await writeFile(join(dir, 'lpstat'), script);
  await chmod(join(dir, 'lpstat'), 0o755);
  return dir;
}

describe('cups project: what the machine lacks, in words', () => {
  it('no lpstat on PATH', async () => {
    const empty = join(root, 'empty');
    await mkdir(empty);
    const why = await cupsMissing({ PATH: empty }, captureDir);
    expect(why).toBe('lpstat: not found on PATH (no CUPS client); run scripts/test-machine-setup.sh');
    expect((await unrunnable({ PATH: empty })).get('cups')).toBe(why);
  });

  it('the scheduler is not running', async () => {
    const path = await pathWithLpstat('stopped', 'scheduler is not running', []);
    expect(await cupsMissing({ PATH: path }, captureDir)).toBe(
      'lpstat: scheduler is not running; run scripts/test-machine-setup.sh',
    );
  });

  it('test queues missing', async () => {
    const path = await pathWithLpstat('no-queues', 'scheduler is running', ['CAPTURE', 'Office']);
    expect(await cupsMissing({ PATH: path }, captureDir)).toBe(
      'CUPS has no queue DOCUMENTS, PAUSED, FAILING; run scripts/test-machine-setup.sh',
    );
  });

  it('no capture directory', async () => {
    const path = await pathWithLpstat('no-dir', 'scheduler is running', [
      'CAPTURE',
      'DOCUMENTS',
      'PAUSED',
      'FAILING',
    ]);
    const gone = join(root, 'gone');
    expect(await cupsMissing({ PATH: path }, gone)).toBe(
      `no capture directory ${gone}; run scripts/test-machine-setup.sh`,
    );
  });

  it('a machine set up by scripts/test-machine-setup.sh runs every project', async () => {
    const path = await pathWithLpstat('ready', 'scheduler is running', [
      'CAPTURE',
      'DOCUMENTS',
      'FAILING',
      'PAUSED',
    ]);
    expect(await cupsMissing({ PATH: path }, captureDir)).toBeNull();
    expect(await unrunnable({ PATH: path, PACKING_CAPTURE_DIR: captureDir })).toEqual(new Map());
  });
});
