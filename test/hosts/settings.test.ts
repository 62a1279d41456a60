import { mkdtemp, readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/main/files/durable-file';
import { hashPin, verifyPinHash } from '../../src/main/settings/pin';
import { parseStoredSettings } from '../../src/main/settings/schema';
import { createSettingsService } from '../../src/main/settings/settings-service';
import { createJsonFileStore, createMemoryStore } from '../../src/main/settings/store';
import { createSupervisorSessions } from '../../src/main/settings/supervisor';
import { createFileVault, createMemoryVault } from '../../src/main/settings/vault';
import { memoryLogger } from './fakes';

vi.mock('electron', () => ({}));
const { createSafeStorageVault } = await import('../../src/main/electron/safe-storage-vault');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hosts-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

const posix = process.platform !== 'win32';

describe('JSON file store', () => {
  it('persists values across instances, mode 0600, no temp files left', async () => {
    const path = join(dir, 'settings.json');
    const a = createJsonFileStore(path);
    await a.set('settings', { theme: 'dark' });
    await a.set('other', 1);
    await a.delete('other');
    const b = createJsonFileStore(path);
    expect(await b.get('settings')).toEqual({ theme: 'dark' });
    expect(await b.get('other')).toBeUndefined();
    expect(await readdir(dir)).toEqual(['settings.json']);
    if (posix) expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('a reader never sees a half-written file while writes race', async () => {
    const path = join(dir, 'settings.json');
    const store = createJsonFileStore(path);
    await store.set('blob', 'x');
    let writing = true;
    let reads = 0;
    const reader = (async () => {
      while (writing) {
        JSON.parse(await readFile(path, 'utf8')); // throws on a torn file
        reads += 1;
      }
    })();
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.set('blob', String(i).repeat(50_000))));
    writing = false;
    await reader;
    expect(reads).toBeGreaterThan(0);
    expect(await createJsonFileStore(path).get('blob')).toBe('24'.repeat(50_000));
  });

  it('a failed replace keeps the old file and removes the temp file', async () => {
    const target = join(dir, 'busy');
    await mkdir(join(target, 'child'), { recursive: true }); // rename over a non-empty dir fails
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['busy']);
  });
});

describe('stored settings', () => {
  it('fills defaults, keeps valid fields, drops invalid ones', () => {
    const { settings, dropped } = parseStoredSettings({
      theme: 'dark',
      timeZone: 'Mars/Olympus',
      labelMedia: 'A6',
    });
    expect(settings.theme).toBe('dark');
    expect(settings.labelMedia).toBe('A6');
    expect(settings.timeZone).toBe('Asia/Jakarta');
    expect(settings.scanner).toEqual({ maxGapMs: 35, suffix: 'Enter', prefix: '' });
    expect(settings.pickupOption).toBe('LATE_PICKUP');
    expect(dropped).toEqual(['timeZone']);
  });

  it('migrates the one printer of older versions to the label printer; documents default to A4, slips off', () => {
    const { settings } = parseStoredSettings({ printer: 'ZEBRA', labelMedia: '4x6in' });
    expect(settings.labelPrinter).toBe('ZEBRA');
    expect('printer' in settings).toBe(false);
    expect(settings).toMatchObject({ documentPrinter: '', documentMedia: 'A4', packingSlips: 'off' });
    // A station already on two printers keeps its label printer, whatever an old key says.
    expect(parseStoredSettings({ printer: 'OLD', labelPrinter: 'NEW' }).settings.labelPrinter).toBe('NEW');
  });
});

describe('file vault', () => {
  it('stores the key 0600 in a 0700 directory and reads it back', async () => {
    const path = join(dir, 'secret', 'api-key');
    const vault = createFileVault(path);
    expect(await vault.read()).toEqual({ state: 'absent' });
    await vault.write('key-123456789', 'https://api.example.com');
    expect(await vault.read()).toEqual({
      state: 'ok',
      key: 'key-123456789',
      origin: 'https://api.example.com',
    });
    if (posix) {
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect((await stat(join(dir, 'secret'))).mode & 0o777).toBe(0o700);
    }
    await vault.clear();
    expect(await vault.read()).toEqual({ state: 'absent' });
  });

  it('a key file from before origins were kept reads back without an origin', async () => {
    const path = join(dir, 'api-key');
    await writeFile(path, 'bare-key-123456\n');
    expect(await createFileVault(path).read()).toEqual({ state: 'ok', key: 'bare-key-123456' });
  });

  it('an empty key file is unreadable, not absent', async () => {
    const path = join(dir, 'api-key');
    await writeFile(path, '');
    expect((await createFileVault(path).read()).state).toBe('unreadable');
  });
});

describe('safeStorage vault', () => {
  const fakeSafe = (available: boolean, backend = 'gnome_libsecret') => ({
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as 'gnome_libsecret',
    encryptString: (s: string) => Buffer.from(`enc:${s}`),
    decryptString: (b: Buffer) => {
      const t = b.toString();
      if (!t.startsWith('enc:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return t.slice(4);
    },
  });

  it('round-trips through encryption, never writing the key in plain text', async () => {
    const path = join(dir, 'secret', 'api-key.bin');
    const vault = createSafeStorageVault(fakeSafe(true), path);
    await vault.write('key-abcdefgh', 'https://api.example.com');
    expect(await readFile(path, 'utf8')).toBe(
      `enc:{"origin":"https://api.example.com","key":"key-abcdefgh"}`,
    );
    expect(await vault.read()).toEqual({
      state: 'ok',
      key: 'key-abcdefgh',
      origin: 'https://api.example.com',
    });
  });

  it('refuses to store when encryption is unavailable, and says so', async () => {
    const path = join(dir, 'api-key.bin');
    const vault = createSafeStorageVault(fakeSafe(false), path);
    await expect(vault.write('key-abcdefgh', 'https://api.example.com')).rejects.toThrow(
      /never stores it in plain text/,
    );
    await expect(stat(path)).rejects.toThrow();
  });

  it.runIf(process.platform === 'linux')(
    'refuses Linux basic_text (a hard-coded key is plain text)',
    async () => {
      const vault = createSafeStorageVault(fakeSafe(true, 'basic_text'), join(dir, 'k.bin'));
      await expect(vault.write('key-abcdefgh', 'https://api.example.com')).rejects.toThrow(/plain text/);
    },
  );

  it('a blob it cannot decrypt is unreadable', async () => {
    const path = join(dir, 'api-key.bin');
    await writeFile(path, 'garbage');
    expect((await createSafeStorageVault(fakeSafe(true), path).read()).state).toBe('unreadable');
  });
});

describe('supervisor PIN', () => {
  it('hashes with a salt and verifies only the right PIN', async () => {
    const a = await hashPin('4321');
    const b = await hashPin('4321');
    expect(a).not.toBe(b);
    expect(a).not.toContain('4321');
    expect(a.startsWith('scrypt$')).toBe(true);
    expect(await verifyPinHash('4321', a)).toBe(true);
    expect(await verifyPinHash('1234', a)).toBe(false);
    expect(await verifyPinHash('4321', 'garbage')).toBe(false);
  });

  it('issues short-lived tokens and pauses after repeated wrong PINs', async () => {
    const hash = await hashPin('2468');
    let now = 1_000_000;
    const s = createSupervisorSessions({
      pin: () => ({ state: 'set', hash }),
      now: () => now,
      ttlMs: 60_000,
      maxFailures: 3,
      lockoutMs: 30_000,
    });
    const ok = await s.verify('2468');
    expect(ok.valid).toBe(true);
    const token = ok.valid ? ok.token : '';
    expect(s.check(token)).toBe(true);
    now += 60_001;
    expect(s.check(token)).toBe(false);
    expect(await s.verify('0000')).toEqual({ valid: false, reason: 'wrong_pin' });
    expect(await s.verify('0000')).toEqual({ valid: false, reason: 'wrong_pin' });
    expect((await s.verify('0000')).valid).toBe(false);
    expect(await s.verify('2468')).toMatchObject({ valid: false, reason: 'too_many_attempts' });
    now += 30_001;
    expect((await s.verify('2468')).valid).toBe(true);
  });
});

describe('settings service', () => {
  it('never shows the key, reports where it lives, marks configured once complete', async () => {
    const { log, lines } = memoryLogger();
    const vault = createMemoryVault();
    const svc = await createSettingsService({
      store: createMemoryStore(),
      vault,
      provisioning: {},
      log,
      redactor: log.redactor,
    });
    await svc.update({ apiUrl: 'https://api.example.com', tenantId: 'T1' });
    expect(svc.current().configuredAt).toBeNull();
    await svc.setApiKey('sk_secret_value_1');
    const view = await svc.view();
    expect(view).toMatchObject({
      apiKeySet: true,
      secretStorage: 'file-0600',
      supervisorPinSet: false,
      provisioned: [],
    });
    expect(view.configuredAt).not.toBeNull();
    expect(JSON.stringify(view)).not.toContain('sk_secret_value_1');
    expect('supervisorPinHash' in view).toBe(false);
    log.info('oops sk_secret_value_1');
    expect(lines.join('\n')).not.toContain('sk_secret_value_1');
  });

  it('merges scanner fields and persists', async () => {
    const { log } = memoryLogger();
    const store = createMemoryStore();
    const svc = await createSettingsService({ store, vault: createMemoryVault(), provisioning: {}, log });
    await svc.update({ scanner: { suffix: 'Tab' } });
    const again = await createSettingsService({ store, vault: createMemoryVault(), provisioning: {}, log });
    expect(again.current().scanner).toEqual({ maxGapMs: 35, suffix: 'Tab', prefix: '' });
  });

  it('keeps the label printer through a restart after the migration, and takes the old patch name', async () => {
    const { log } = memoryLogger();
    const store = createMemoryStore({ settings: { printer: 'ZEBRA' } });
    const svc = await createSettingsService({ store, vault: createMemoryVault(), provisioning: {}, log });
    expect(svc.current().labelPrinter).toBe('ZEBRA');
    await svc.update({ documentPrinter: 'LASER', documentMedia: 'A6' });
    const again = await createSettingsService({ store, vault: createMemoryVault(), provisioning: {}, log });
    expect(again.current()).toMatchObject({
      labelPrinter: 'ZEBRA',
      documentPrinter: 'LASER',
      documentMedia: 'A6',
    });
    await again.update({ printer: 'ZEBRA-2' });
    expect(again.current().labelPrinter).toBe('ZEBRA-2');
    expect(again.current().documentPrinter).toBe('LASER');
  });
});
