// The station's secrets never reach a child process: the command runner (lp, lpstat, cancel) gives
// children a minimal environment, and the Windows driver's library (pdf-to-printer, which starts SumatraPDF
// and PowerShell with the inherited environment) runs after the key has left this process's environment.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { composeStation } from '../../src/main/app/compose';
import { childEnv, createExecFileRunner } from '../../src/main/printing/run-command';
import { createWindowsDriver, type PdfToPrinterModule } from '../../src/main/printing/windows-driver';
import { createMemoryStore } from '../../src/main/settings/store';
import { createMemoryVault } from '../../src/main/settings/vault';
import { fakeFactories, memoryLogger } from '../hosts/fakes';

const KEY = 'env-secret-key-0123456789';
const saved = { ...process.env };
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

const PRINT_ENV = `process.stdout.write(JSON.stringify(process.env))`;

describe('child process environment', () => {
  it('lp & co. get PATH, the C locale and CUPS_SERVER, never PACKING_API_KEY or other variables', async () => {
    process.env.PACKING_API_KEY = KEY;
    process.env.SOME_OTHER_SECRET = 'other-value';
    process.env.CUPS_SERVER = 'localhost:631';
    const run = createExecFileRunner();
    const res = await run(process.execPath, ['-e', PRINT_ENV]);
    expect(res.code).toBe(0);
    const env = JSON.parse(res.stdout) as Record<string, string>;
    expect(res.stdout).not.toContain(KEY);
    expect(env.PACKING_API_KEY).toBeUndefined();
    expect(env.SOME_OTHER_SECRET).toBeUndefined();
    expect(env.PATH).toBe(process.env.PATH);
    expect(env).toMatchObject({ LC_ALL: 'C', LANG: 'C', CUPS_SERVER: 'localhost:631' });
  });

  it('passes Windows system folders whatever their case, and nothing unlisted', () => {
    const env = childEnv({ SYSTEMROOT: 'C:\\Windows', Path: 'C:\\bin', PACKING_API_KEY: KEY, LC_TIME: 'C' });
    expect(env).toEqual({ SYSTEMROOT: 'C:\\Windows', Path: 'C:\\bin', LC_TIME: 'C' });
  });

  it('pdf-to-printer (SumatraPDF, PowerShell) runs after the key left the environment', async () => {
    process.env.PACKING_API_KEY = KEY;
    const seen: (string | undefined)[] = [];
    const mod: PdfToPrinterModule = {
      print: async () => void seen.push(process.env.PACKING_API_KEY),
      getPrinters: async () => {
        seen.push(process.env.PACKING_API_KEY);
        return [{ name: 'Zebra', deviceId: 'Zebra', paperSizes: [] }];
      },
      getDefaultPrinter: async () => ({ name: 'Zebra' }),
    };
    const { log } = memoryLogger();
    const station = await composeStation({
      dataDir: await mkdtemp(join(tmpdir(), 'child-env-')),
      store: createMemoryStore(),
      vault: createMemoryVault(),
      env: process.env,
      argv: [],
      host: 'web',
      log,
      factories: fakeFactories(),
      printerDriver: createWindowsDriver({ module: mod }),
      syncIntervalMs: 0,
    });
    try {
      // The key was read (provisioned) and then left this process's environment.
      expect(station.services.settings.provisioned()).toContain('apiKey');
      expect(process.env.PACKING_API_KEY).toBeUndefined();
      // Someone puts it back (a library, a later start-up step): the driver removes it before printing.
      process.env.PACKING_API_KEY = KEY;
      await createWindowsDriver({ module: mod }).submit({
        file: 'C:\\labels\\A.pdf',
        printer: 'Zebra',
        media: '4x6in',
        title: 'label A',
      });
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((v) => v === undefined)).toBe(true);
    } finally {
      await station.close();
    }
  });
});
