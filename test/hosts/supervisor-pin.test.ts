// The supervisor PIN as an attacker at the bench would try it: parallel guesses, restarts, a damaged
// settings file, and a station connected to a real API without any PIN. All through the real handler
// table (composeStation + invoke), as both hosts serve it.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeStation, type Station } from '../../src/main/app/compose';
import { hashPin } from '../../src/main/settings/pin';
import { pauseAfter } from '../../src/main/settings/pin-attempts';
import { createJsonFileStore, createMemoryStore, type KeyValueStore } from '../../src/main/settings/store';
import { createMemoryVault } from '../../src/main/settings/vault';
import { fakeFactories, memoryLogger } from './fakes';

let dir: string;
const open: Station[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'supervisor-pin-'));
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  await rm(dir, { recursive: true, force: true });
});

async function station(store: KeyValueStore = createJsonFileStore(join(dir, 'settings.json'))) {
  const { log, lines } = memoryLogger();
  const s = await composeStation({
    dataDir: dir,
    store,
    vault: createMemoryVault(),
    env: {},
    argv: [],
    host: 'web',
    log,
    factories: fakeFactories(),
    syncIntervalMs: 0,
  });
  open.push(s);
  return Object.assign(s, { lines });
}

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const PIN = '482913';

describe('PIN guesses', () => {
  it('100 parallel wrong guesses plus the right one yield no token', async () => {
    const s = await station();
    await ok(s.invoke('supervisor:setPin', { pin: PIN }));
    const guesses = Array.from({ length: 100 }, (_, i) => String(100000 + i));
    const checks = await Promise.all(
      [...guesses, PIN].map((pin) => ok(s.invoke('supervisor:verifyPin', { pin }))),
    );
    expect(checks.filter((c) => c.valid)).toEqual([]);
    // Only the first few were even checked; the rest waited and were told to wait.
    expect(checks.filter((c) => !c.valid && c.reason === 'wrong_pin').length).toBeLessThanOrEqual(4);
    expect(checks.at(-1)).toMatchObject({ valid: false, reason: 'too_many_attempts' });
  });

  it('a restart keeps the count and the pause', async () => {
    const first = await station();
    await ok(first.invoke('supervisor:setPin', { pin: PIN }));
    for (let i = 0; i < 5; i++) await ok(first.invoke('supervisor:verifyPin', { pin: '000000' }));
    await first.close();
    open.splice(0);

    const again = await station();
    expect(await ok(again.invoke('supervisor:verifyPin', { pin: PIN }))).toMatchObject({
      valid: false,
      reason: 'too_many_attempts',
    });
  });

  it('each further wrong PIN doubles the pause, up to a cap', () => {
    const policy = { freeFailures: 5, lockoutMs: 30_000, maxLockoutMs: 900_000 };
    expect([1, 4, 5, 6, 7, 9, 10, 50].map((n) => pauseAfter(n, policy))).toEqual([
      0, 0, 30_000, 60_000, 120_000, 480_000, 900_000, 900_000,
    ]);
  });

  it('a new PIN has at least 6 digits; an old shorter one still works and the screen asks to change it', async () => {
    const refused = await (await station()).invoke('supervisor:setPin', { pin: '2580' });
    expect(refused).toMatchObject({
      ok: false,
      error: { fieldErrors: { pin: ['A PIN is 6 to 12 digits'] } },
    });

    const store = createMemoryStore({ settings: { supervisorPinHash: await hashPin('2580') } });
    const s = await station(store);
    expect(await ok(s.invoke('settings:get', undefined))).toMatchObject({
      supervisorPinSet: true,
      supervisorPinTooShort: true,
    });
    const check = await ok(s.invoke('supervisor:verifyPin', { pin: '2580' }));
    if (!check.valid) throw new Error('the old PIN should still work');
    await ok(s.invoke('supervisor:setPin', { pin: PIN, supervisorToken: check.token }));
    expect(await ok(s.invoke('settings:get', undefined))).toMatchObject({ supervisorPinTooShort: false });
  });
});

describe('damaged settings fail closed', () => {
  const cases: [string, string][] = [
    ['not JSON', '{"settings": {"supervisorPinHash": "scrypt$16384$8$1$'],
    ['a PIN hash of the wrong type', JSON.stringify({ settings: { supervisorPinHash: 12345 } })],
    ['a truncated PIN hash', JSON.stringify({ settings: { supervisorPinHash: 'scrypt$16384$8$1$abc' } })],
    ['not settings at all', '[1, 2, 3]'],
  ];
  for (const [what, text] of cases) {
    it(`${what}: supervisor actions are locked, with words, and stay locked after a restart`, async () => {
      await writeFile(join(dir, 'settings.json'), text);
      for (let run = 0; run < 2; run++) {
        const s = await station();
        expect(await ok(s.invoke('settings:get', undefined))).toMatchObject({
          supervisorPinSet: true,
          supervisorPinLocked: true,
        });
        const refused = await s.invoke('settings:update', { patch: { theme: 'dark' } });
        expect(refused).toMatchObject({
          ok: false,
          error: { kind: 'auth', message: expect.stringMatching(/settings file was damaged/) },
        });
        expect(await ok(s.invoke('supervisor:verifyPin', { pin: PIN }))).toEqual({
          valid: false,
          reason: 'settings_damaged',
        });
        expect((await s.invoke('supervisor:setPin', { pin: PIN })).ok).toBe(false);
        // A packer-level change still saves, and does not unlock anything.
        await ok(s.invoke('settings:setPickupOption', { pickupOption: 'EARLY_PICKUP' }));
        await s.close();
        open.splice(0);
      }
      if (what === 'not JSON' || what === 'not settings at all') {
        expect((await readdir(dir)).some((f) => f.startsWith('settings.json.damaged-'))).toBe(true);
      }
    });
  }

  it('invalid ordinary fields alone do not lock anything', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ settings: { theme: 'purple' } }));
    const s = await station();
    expect(await ok(s.invoke('settings:get', undefined))).toMatchObject({
      supervisorPinSet: false,
      supervisorPinLocked: false,
    });
  });
});

describe('the first connection to a real API sets the supervisor PIN', () => {
  it('refuses the API address or key without a new PIN, and sets it with one', async () => {
    const s = await station();
    // Demo settings need no PIN.
    await ok(s.invoke('settings:update', { patch: { theme: 'dark' } }));
    for (const attempt of [
      s.invoke('settings:update', { patch: { apiUrl: 'https://orders.example.com', tenantId: 'T' } }),
      s.invoke('settings:setApiKey', { key: 'sk-live-0123456789' }),
    ]) {
      expect(await attempt).toMatchObject({
        ok: false,
        error: { kind: 'invalid_input', message: expect.stringMatching(/Set a supervisor PIN/) },
      });
    }
    expect(await ok(s.invoke('settings:get', undefined))).toMatchObject({
      apiUrl: '',
      supervisorPinSet: false,
    });
    const short = await s.invoke('settings:update', {
      patch: { apiUrl: 'https://orders.example.com' },
      newPin: '1234',
    });
    expect(short).toMatchObject({
      ok: false,
      error: { fieldErrors: { newPin: ['A PIN is 6 to 12 digits'] } },
    });

    const view = await ok(
      s.invoke('settings:update', {
        patch: { apiUrl: 'https://orders.example.com', tenantId: 'T' },
        newPin: PIN,
      }),
    );
    expect(view).toMatchObject({ apiUrl: 'https://orders.example.com', supervisorPinSet: true });
    // From now on the key needs the supervisor.
    expect(await s.invoke('settings:setApiKey', { key: 'sk-live-0123456789' })).toMatchObject({
      ok: false,
      error: { kind: 'auth', step: 'supervisor' },
    });
    const check = await ok(s.invoke('supervisor:verifyPin', { pin: PIN }));
    if (!check.valid) throw new Error('PIN should verify');
    await ok(s.invoke('settings:setApiKey', { key: 'sk-live-0123456789', supervisorToken: check.token }));
    expect(await ok(s.invoke('app:info', undefined))).toMatchObject({ demo: false, locked: null });
    // A second "first PIN" is refused: the PIN is changed in its own section.
    const again = await s.invoke('settings:update', {
      patch: {},
      newPin: '111111',
      supervisorToken: check.token,
    });
    expect(again).toMatchObject({ ok: false, error: { message: expect.stringMatching(/already set/) } });
  });
});
