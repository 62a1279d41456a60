import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeStation, type Station } from '../../src/main/app/compose';
import { RENDERER_CSP } from '../../src/main/app/csp';
import { startWebHost, type WebHost } from '../../src/main/host/web-server';
import { createMemoryStore } from '../../src/main/settings/store';
import { createMemoryVault } from '../../src/main/settings/vault';
import { openEventStream } from '../../src/renderer/src/bridge/sse';
import type { StationEvent } from '../../src/shared/ipc/events';
import { fakeFactories, memoryLogger } from './fakes';

let dir: string;
let station: Station;
let host: WebHost;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hosts-web-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Packing Station</title>');
  await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
  const { log } = memoryLogger();
  station = await composeStation({
    dataDir: dir,
    store: createMemoryStore(),
    vault: createMemoryVault(),
    env: {},
    argv: [],
    host: 'web',
    log,
    factories: fakeFactories(),
  });
  host = await startWebHost({ station, staticDir: dir, port: 0, log });
});

afterAll(async () => {
  await host.close();
  await station.close();
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

function rpc(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${host.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${host.token}`,
      Origin: host.origin,
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token in the fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers an rpc call with the handler table’s Result', async () => {
    const res = await rpc('app:info', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      value: { version: '0.0.0', demo: true, host: 'web', dataDir: dir, locked: null },
    });
    const bad = await rpc('settings:setPickupOption', { arg: { pickupOption: 'NOON' } });
    expect(await bad.json()).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    expect((await rpc('app:info', {}, { Authorization: '' })).status).toBe(401);
    expect((await rpc('app:info', {}, { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await fetch(`${host.origin}/events`)).status).toBe(401);
  });

  it('refuses a foreign or missing Origin on rpc', async () => {
    expect((await rpc('app:info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc('app:info', {}, { Origin: 'http://localhost:1' })).status).toBe(403);
    const noOrigin = await fetch(`${host.origin}/rpc/app:info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(noOrigin.status).toBe(403);
  });

  it('refuses another Host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${host.origin}/`, { headers: { Host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('unknown channels are 404', async () => {
    expect((await rpc('orders:deleteEverything', {})).status).toBe(404);
  });

  it('serves the renderer with the CSP header, without escaping its folder', async () => {
    const page = await fetch(`${host.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    // The camera for our own origin; the microphone only when the recording setting turns it on (off here).
    expect(page.headers.get('permissions-policy')).toContain('camera=(self)');
    expect(page.headers.get('permissions-policy')).toContain('microphone=()');
    expect(await page.text()).toContain('Packing Station');
    const js = await fetch(`${host.origin}/assets/app.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${host.origin}/assets/..%2f..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${host.origin}/missing.js`)).status).toBe(404);
  });

  it('pushes events over SSE to the bridge', async () => {
    const got: StationEvent[] = [];
    let resolveFirst: () => void = () => undefined;
    const first = new Promise<void>((r) => (resolveFirst = r));
    const stop = openEventStream({
      url: `${host.origin}/events`,
      token: host.token,
      retryMs: 50,
      onEvent: (e) => {
        got.push(e);
        resolveFirst();
      },
    });
    // Emit until the stream is connected (subscription happens when the GET arrives).
    const timer = setInterval(
      () => station.events.emit('app:notice', { level: 'info', message: 'hello' }),
      20,
    );
    await first;
    clearInterval(timer);
    stop();
    expect(got[0]).toEqual({ name: 'app:notice', payload: { level: 'info', message: 'hello' } });
  });

  it('says when the stream is live: an event emitted right then reaches the listener', async () => {
    const { createHttpStation } = await import('../../src/renderer/src/bridge/http-station');
    const api = createHttpStation(host.origin, host.token);
    const got: StationEvent[] = [];
    const delivered = new Promise<void>((resolve) => {
      const off = api.onEvent(
        (e) => {
          got.push(e);
          off();
          resolve();
        },
        // Exactly once, and only after the host subscribed: nothing emitted from here on is lost.
        () => station.events.emit('app:notice', { level: 'info', message: 'after subscribe' }),
      );
    });
    await delivered;
    expect(got).toEqual([{ name: 'app:notice', payload: { level: 'info', message: 'after subscribe' } }]);
  });

  it('tells the listener again after the stream reconnects', async () => {
    // A host that drops every stream right after opening it.
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.end('retry: 10\n\n');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    let opens = 0;
    let closes = 0;
    const twice = new Promise<void>((resolve) => {
      const stop = openEventStream({
        url: `http://127.0.0.1:${port}/events`,
        token: 't',
        retryMs: 10,
        onEvent: () => undefined,
        onOpen: () => {
          if (++opens === 2) {
            stop();
            resolve();
          }
        },
        onClose: () => closes++,
      });
    });
    await twice;
    await new Promise<void>((r) => server.close(() => r()));
    expect(opens).toBe(2);
    expect(closes).toBeGreaterThanOrEqual(1);
  });
});

describe('static files', () => {
  it('never resolves outside the renderer folder', async () => {
    const { findStaticFile } = await import('../../src/main/host/static-files');
    expect(await findStaticFile(dir, '/../../etc/passwd')).toBeNull();
    expect(await findStaticFile(dir, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(await findStaticFile(dir, '/assets/%00')).toBeNull();
    expect((await findStaticFile(dir, '/orders/ORD1'))?.contentType).toContain('text/html');
  });
});

describe('renderer bridge over the browser host', () => {
  it('calls channels through the namespaced StationApi', async () => {
    const { createHttpStation } = await import('../../src/renderer/src/bridge/http-station');
    // Node's fetch sends no Origin; a browser does on every POST.
    const withOrigin: typeof fetch = (input, init) =>
      fetch(input, {
        ...init,
        headers: { ...(init?.headers as Record<string, string>), Origin: host.origin },
      });
    const api = createHttpStation(host.origin, host.token, withOrigin);
    expect(await api.app.info()).toMatchObject({ ok: true, value: { host: 'web', demo: true } });
    expect(await api.settings.setPickupOption({ pickupOption: 'MID_PICKUP' })).toEqual({
      ok: true,
      value: 'MID_PICKUP',
    });
    const denied = createHttpStation(host.origin, 'wrong-token', withOrigin);
    expect(await denied.settings.get()).toMatchObject({ ok: false, error: { kind: 'auth' } });
  });
});
