// The API key stays with its origin: two API servers on this computer; the station is set up with A, then
// its address is changed to B. B must never see A's key — not on the next sync, not after a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeStation, type Station } from '../../src/main/app/compose';
import { createMemoryStore, type KeyValueStore } from '../../src/main/settings/store';
import { createMemoryVault, type SecretVault } from '../../src/main/settings/vault';
import { memoryLogger } from './fakes';

interface Api {
  origin: string;
  /** Authorization header of every request it received ('' when none). */
  auth: string[];
  server: Server;
}

async function api(): Promise<Api> {
  const auth: string[] = [];
  const server = createServer((req, res) => {
    auth.push(req.headers.authorization ?? '');
    req.resume();
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ success: false, message: 'Unauthorized', request_id: 'r-1' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, auth, server };
}

const KEY = 'sk-origin-a-0123456789';
let a: Api;
let b: Api;
let dir: string;
const stations: Station[] = [];

beforeEach(async () => {
  [a, b] = await Promise.all([api(), api()]);
  dir = await mkdtemp(join(tmpdir(), 'key-origin-'));
});
afterEach(async () => {
  for (const s of stations.splice(0)) await s.close();
  await Promise.all([a, b].map((x) => new Promise((r) => x.server.close(r))));
  await rm(dir, { recursive: true, force: true });
});

async function open(store: KeyValueStore, vault: SecretVault, env: Record<string, string> = {}) {
  const { log } = memoryLogger();
  const s = await composeStation({
    dataDir: dir,
    store,
    vault,
    env,
    argv: [],
    host: 'web',
    log,
    syncIntervalMs: 0,
  });
  stations.push(s);
  return s;
}

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** First connection: URL and tenant with the supervisor PIN it needs; returns a supervisor token. */
async function connect(s: Station, apiUrl: string): Promise<string> {
  await ok(s.invoke('settings:update', { patch: { apiUrl, tenantId: 'T1' }, newPin: '864200' }));
  const check = await ok(s.invoke('supervisor:verifyPin', { pin: '864200' }));
  if (!check.valid) throw new Error('PIN refused');
  return check.token;
}

/** Every way the station reaches its API. */
async function sync(s: Station): Promise<void> {
  await s.invoke('settings:testConnection', undefined);
  await s.invoke('queue:refresh', undefined);
}

describe('the API key and its origin', () => {
  it('changing the API address to another origin removes the key; the new host never gets it', async () => {
    const store = createMemoryStore();
    const vault = createMemoryVault();
    const s = await open(store, vault);
    const supervisorToken = await connect(s, a.origin);
    await ok(s.invoke('settings:setApiKey', { key: KEY, supervisorToken }));
    await sync(s);
    expect(a.auth).toContain(`Bearer ${KEY}`);

    const view = await ok(s.invoke('settings:update', { patch: { apiUrl: b.origin }, supervisorToken }));
    expect(view.apiKeySet).toBe(false);
    expect(await ok(s.invoke('app:info', undefined))).toMatchObject({ locked: 'not_configured' });
    await sync(s);
    expect(b.auth.filter((h) => h !== '')).toEqual([]);
    expect(vault.current).toEqual({ state: 'absent' });

    // Going back to A does not bring the key back either: it has to be entered again.
    await ok(s.invoke('settings:update', { patch: { apiUrl: a.origin }, supervisorToken }));
    expect((await ok(s.invoke('settings:get', undefined))).apiKeySet).toBe(false);
  });

  it('the same origin with another path keeps the key', async () => {
    const s = await open(createMemoryStore(), createMemoryVault());
    const supervisorToken = await connect(s, a.origin);
    await ok(s.invoke('settings:setApiKey', { key: KEY, supervisorToken }));
    const view = await ok(
      s.invoke('settings:update', { patch: { apiUrl: `${a.origin}/api/partner/v1` }, supervisorToken }),
    );
    expect(view.apiKeySet).toBe(true);
  });

  it('a key stored for A is not sent to B when the environment points the station at B', async () => {
    const store = createMemoryStore();
    const vault = createMemoryVault();
    const first = await open(store, vault);
    const supervisorToken = await connect(first, a.origin);
    await ok(first.invoke('settings:setApiKey', { key: KEY, supervisorToken }));
    await first.close();
    stations.splice(0);

    const again = await open(store, vault, { PACKING_API_URL: b.origin });
    await sync(again);
    expect(b.auth.filter((h) => h !== '')).toEqual([]);
    expect((await ok(again.invoke('settings:get', undefined))).apiKeySet).toBe(false);
  });

  it('a key stored before keys kept their origin is bound to the address in use, then kept to it', async () => {
    const store = createMemoryStore({
      settings: { apiUrl: a.origin, tenantId: 'T1', configuredAt: '2026-01-01T00:00:00Z' },
    });
    const vault = createMemoryVault({ state: 'ok', key: KEY });
    const s = await open(store, vault);
    await sync(s);
    expect(a.auth).toContain(`Bearer ${KEY}`);
    expect(vault.current).toEqual({ state: 'ok', key: KEY, origin: a.origin });
    // No PIN on this old station: changing its address now asks for one.
    await ok(s.invoke('settings:update', { patch: { apiUrl: b.origin }, newPin: '864200' }));
    await sync(s);
    expect(b.auth.filter((h) => h !== '')).toEqual([]);
  });

  it('a key cannot be stored before the API address it belongs to', async () => {
    const s = await open(createMemoryStore(), createMemoryVault());
    const r = await s.invoke('settings:setApiKey', { key: KEY, newPin: '864200' });
    expect(r).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', message: expect.stringMatching(/address before the key/) },
    });
  });
});
