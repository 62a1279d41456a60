// Files at rest: a real run of the browser host (its own process, started with the usual umask 022) is
// set up from its Settings channels (PIN, address, key, printer), packs and prints an order from the
// sandbox onto the CUPS capture queue, prints a test label and the command sheet, and stops. Then every
// file under its data dir must be 0600 and every folder 0700: settings with the PIN hash, the key, the
// journal, logs, labels with customers' addresses, caches, the lock.
import { spawn } from 'node:child_process';
import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrdersClient } from '../../src/main/api/client';
import { startSandboxFor, type RunningSandbox } from '../support/sandbox';
import { newOrderInput } from '../support/new-order';

const TENANT = { id: 'rest-t', key: 'rest-key-0123456789' };
const PIN = '482913';
let sb: RunningSandbox;
let dataDir: string;

beforeAll(async () => {
  sb = await startSandboxFor(TENANT, { orders: 3, seed: 5, asyncDelayMs: 20 });
  dataDir = await mkdtemp(join(tmpdir(), 'files-at-rest-'));
});
afterAll(async () => {
  await sb.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The built-from-source web host, in a shell that sets the common umask 022 first. */
async function startHost(): Promise<{ origin: string; token: string; stop(): Promise<void>; out(): string }> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('PACKING_')) env[k] = v;
  const child = spawn(
    '/bin/sh',
    [
      '-c',
      'umask 022 && exec "$@"',
      'sh',
      process.execPath,
      '--import',
      'tsx',
      'src/main/host/web-cli.ts',
      '--port',
      '0',
      '--data-dir',
      dataDir,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 30_000);
    child.stdout.on('data', () => {
      const m = /open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(new URL(m[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`host exited ${code}:\n${out}`)));
  });
  return {
    origin: url.origin,
    token: url.hash.replace('#token=', ''),
    out: () => out,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function walk(dir: string): Promise<{ path: string; mode: number; dir: boolean }[]> {
  const info = await lstat(dir);
  const here = [{ path: dir, mode: info.mode & 0o777, dir: info.isDirectory() }];
  if (!info.isDirectory()) return here;
  for (const name of await readdir(dir)) here.push(...(await walk(join(dir, name))));
  return here;
}

describe('files at rest', () => {
  it.runIf(process.platform !== 'win32')(
    'after a real run, every file under the data dir is 0600 and every folder 0700',
    { timeout: 90_000 },
    async () => {
      const host = await startHost();
      const rpc = async <T>(channel: string, arg?: unknown): Promise<T> => {
        const res = await fetch(`${host.origin}/rpc/${channel}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${host.token}`,
            Origin: host.origin,
          },
          body: JSON.stringify({ arg }),
        });
        const body = (await res.json()) as { ok: boolean; value?: T; error?: unknown };
        if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}\n${host.out()}`);
        return body.value as T;
      };
      try {
        await rpc('settings:update', {
          patch: { apiUrl: sb.apiOrigin, tenantId: TENANT.id, printer: 'CAPTURE' },
          newPin: PIN,
        });
        const check = await rpc<{ token: string }>('supervisor:verifyPin', { pin: PIN });
        await rpc('settings:setApiKey', { key: TENANT.key, supervisorToken: check.token });

        const code = `REST-${Date.now()}`;
        const api = createOrdersClient({ baseUrl: sb.apiOrigin, tenantId: TENANT.id, apiKey: TENANT.key });
        await api.createOrder(newOrderInput(code));
        await api.close();
        await rpc('queue:refresh');
        const outcome = await rpc<{ kind: string }>('flow:scan', { code });
        expect(outcome.kind).toBe('printed');
        await rpc('printers:testLabel');
        await rpc('commands:printSheet');
      } finally {
        await host.stop();
      }

      const entries = await walk(dataDir);
      const names = entries.map((e) => relative(dataDir, e.path));
      for (const expected of [
        'settings.json',
        join('secret', 'api-key'),
        join('logs', 'web.log'),
        'labels',
      ]) {
        expect(names, `${expected} written by the run`).toContain(expected);
      }
      expect(names.some((n) => n.startsWith('outbox'))).toBe(true);
      const wrong = entries
        .filter((e) => e.mode !== (e.dir ? 0o700 : 0o600))
        .map((e) => `${relative(dataDir, e.path) || '.'} ${e.mode.toString(8)}`);
      expect(wrong).toEqual([]);
    },
  );
});
