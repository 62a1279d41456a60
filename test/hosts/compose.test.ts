import { describe, expect, it } from 'vitest';
import { composeStation, type ComposeOptions } from '../../src/main/app/compose';
import type { StationEvent } from '../../src/shared/ipc/events';
import { createMemoryStore } from '../../src/main/settings/store';
import { createMemoryVault } from '../../src/main/settings/vault';
import type { SecretRead } from '../../src/main/settings/vault';
import { fakeFactories, memoryLogger } from './fakes';

const CONFIGURED = {
  settings: {
    apiUrl: 'https://orders.example.com',
    tenantId: 'T-1',
    configuredAt: '2026-01-02T03:04:05.000Z',
  },
};

async function station(
  opts: {
    stored?: Record<string, unknown>;
    secret?: SecretRead;
    env?: Record<string, string>;
    argv?: string[];
  } = {},
) {
  const factories = fakeFactories();
  const { log, lines } = memoryLogger();
  const vault = createMemoryVault(opts.secret ?? { state: 'absent' });
  const options: ComposeOptions = {
    dataDir: '/data/station',
    store: createMemoryStore(opts.stored ?? {}),
    vault,
    env: opts.env ?? {},
    argv: opts.argv ?? [],
    host: 'web',
    log,
    redactor: log.redactor,
    version: '1.2.3',
    factories,
  };
  const s = await composeStation(options);
  return { s, factories, lines, vault };
}

async function value<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

describe('composeStation: mode', () => {
  it('a never-configured data dir runs the embedded sandbox (demo)', async () => {
    const { s, factories } = await station();
    expect(await value(s.invoke('app:info', undefined))).toEqual({
      version: '1.2.3',
      demo: true,
      host: 'web',
      dataDir: '/data/station',
      locked: null,
    });
    expect(factories.sandboxesStarted).toBe(1);
    expect(factories.clients[0].baseUrl).toBe('http://127.0.0.1:9');
    expect(await value(s.invoke('settings:testConnection', undefined))).toMatchObject({ ok: true });
    await s.close();
    expect(factories.sandboxesClosed).toBe(1);
  });

  it('a configured station whose secret is unreadable is locked, never demo', async () => {
    const { s, factories } = await station({
      stored: CONFIGURED,
      secret: { state: 'unreadable', reason: 'other user' },
    });
    expect(await value(s.invoke('app:info', undefined))).toMatchObject({
      demo: false,
      locked: 'secret_unreadable',
    });
    expect(factories.sandboxesStarted).toBe(0);
    expect(factories.clients).toEqual([]);
    expect(await value(s.invoke('settings:testConnection', undefined))).toMatchObject({
      ok: false,
      cause: 'locked',
    });

    // Entering the key again unlocks it into live mode.
    const events: StationEvent[] = [];
    s.events.subscribe((e) => events.push(e));
    // Connecting a station to a real API sets its supervisor PIN in the same step.
    await value(s.invoke('settings:setApiKey', { key: 'new-key-12345678', newPin: '246810' }));
    expect(await value(s.invoke('app:info', undefined))).toMatchObject({ demo: false, locked: null });
    expect(factories.clients).toEqual([
      { baseUrl: 'https://orders.example.com', tenantId: 'T-1', apiKey: 'new-key-12345678' },
    ]);
    expect(events.map((e) => e.name)).toContain('app:changed');
    expect(factories.sandboxesStarted).toBe(0);
    await s.close();
  });

  it('settings lost but a key stored: still locked, not demo', async () => {
    const { s, factories } = await station({ secret: { state: 'unreadable', reason: 'x' } });
    expect(await value(s.invoke('app:info', undefined))).toMatchObject({
      demo: false,
      locked: 'secret_unreadable',
    });
    expect(factories.sandboxesStarted).toBe(0);
  });

  it('configured with a readable key runs live', async () => {
    const { s, factories } = await station({
      stored: CONFIGURED,
      secret: { state: 'ok', key: 'stored-key-123' },
    });
    expect(await value(s.invoke('app:info', undefined))).toMatchObject({ demo: false, locked: null });
    expect(factories.clients).toEqual([
      { baseUrl: 'https://orders.example.com', tenantId: 'T-1', apiKey: 'stored-key-123' },
    ]);
  });

  it('--demo and PACKING_DEMO=1 ask for demo even on a configured station', async () => {
    for (const opt of [{ argv: ['--demo'] }, { env: { PACKING_DEMO: '1' } }]) {
      const { s, factories } = await station({
        stored: CONFIGURED,
        secret: { state: 'ok', key: 'stored-key-123' },
        ...opt,
      });
      expect(await value(s.invoke('app:info', undefined))).toMatchObject({ demo: true });
      expect(factories.sandboxesStarted).toBe(1);
      await s.close();
    }
  });
});

describe('composeStation: provisioning', () => {
  it('environment values override stored settings and the vault, and are reported as provisioned', async () => {
    const { s, factories, lines } = await station({
      stored: { settings: { ...CONFIGURED.settings, printer: 'Old' } },
      secret: { state: 'ok', key: 'stored-key-123' },
      env: {
        PACKING_API_URL: 'https://env.example.com',
        PACKING_TENANT_ID: 'ENV-T',
        PACKING_API_KEY: 'env-key-abcdefgh',
        PACKING_PRINTER: 'CAPTURE',
      },
    });
    expect(factories.clients).toEqual([
      { baseUrl: 'https://env.example.com', tenantId: 'ENV-T', apiKey: 'env-key-abcdefgh' },
    ]);
    const view = await value(s.invoke('settings:get', undefined));
    expect(view).toMatchObject({
      apiUrl: 'https://env.example.com',
      tenantId: 'ENV-T',
      labelPrinter: 'CAPTURE',
      apiKeySet: true,
    });
    expect(view.provisioned.sort()).toEqual(['apiKey', 'apiUrl', 'printer', 'tenantId']);
    expect(JSON.stringify(view)).not.toContain('env-key-abcdefgh');
    // On a real API without a PIN, no supervisor action is open (issue 8): the PIN comes first.
    const noPin = await s.invoke('settings:setApiKey', { key: 'other-key-123456' });
    expect(noPin).toMatchObject({ ok: false, error: { kind: 'auth', step: 'supervisor' } });
    await value(s.invoke('supervisor:setPin', { pin: '582913' }));
    const session = await value(s.invoke('supervisor:verifyPin', { pin: '582913' }));
    const supervisorToken = session.valid ? session.token : undefined;
    // The provisioned key cannot be replaced from the screen, even by a supervisor.
    const r = await s.invoke('settings:setApiKey', { key: 'other-key-123456', supervisorToken });
    expect(r).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(lines.join('\n')).not.toContain('env-key-abcdefgh');
  });

  it('a provisioned never-configured station runs live, not demo', async () => {
    const { s, factories } = await station({
      env: {
        PACKING_API_URL: 'https://env.example.com',
        PACKING_TENANT_ID: 'T',
        PACKING_API_KEY: 'env-key-abcdefgh',
      },
    });
    expect(await value(s.invoke('app:info', undefined))).toMatchObject({ demo: false, locked: null });
    expect(factories.sandboxesStarted).toBe(0);
  });
});

describe('composeStation: settings and supervisor', () => {
  it('emits settings:changed with the view, never a secret', async () => {
    const { s } = await station();
    const events: StationEvent[] = [];
    s.events.subscribe((e) => events.push(e));
    await value(s.invoke('settings:update', { patch: { theme: 'dark', scanner: { maxGapMs: 50 } } }));
    await new Promise((r) => setTimeout(r, 0));
    const changed = events.find((e) => e.name === 'settings:changed');
    expect(changed?.payload).toMatchObject({ theme: 'dark', scanner: { maxGapMs: 50, suffix: 'Enter' } });
  });

  it('once a PIN is set, supervisor channels need the token from verifyPin', async () => {
    const { s } = await station();
    await value(s.invoke('supervisor:setPin', { pin: '258000' }));
    expect(await value(s.invoke('settings:get', undefined))).toMatchObject({ supervisorPinSet: true });

    const refused = await s.invoke('settings:update', { patch: { theme: 'light' } });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'auth', step: 'supervisor' } });
    expect(await value(s.invoke('supervisor:verifyPin', { pin: '111111' }))).toEqual({
      valid: false,
      reason: 'wrong_pin',
    });

    const check = await value(s.invoke('supervisor:verifyPin', { pin: '258000' }));
    if (!check.valid) throw new Error('PIN should verify');
    await value(s.invoke('settings:update', { patch: { theme: 'light' }, supervisorToken: check.token }));
    // A packer-level channel needs no token.
    expect(await value(s.invoke('settings:setPickupOption', { pickupOption: 'EARLY_PICKUP' }))).toBe(
      'EARLY_PICKUP',
    );
    // Changing the PIN needs the token too, and ends every session.
    expect((await s.invoke('supervisor:setPin', { pin: '999999' })).ok).toBe(false);
    await value(s.invoke('supervisor:setPin', { pin: '999999', supervisorToken: check.token }));
    expect((await s.invoke('settings:update', { patch: {}, supervisorToken: check.token })).ok).toBe(false);
  });
});
