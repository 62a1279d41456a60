// What the station bench runs on: a sandbox API, the browser host as a real child process, Debian
// Chromium, and the order codes a packer could scan without a stop (to_process, no cancel request).
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/support/chromium';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { RunningSandbox } from '../../src/main/sandbox';
import { packableOrders as packableOf, type PackableOrder } from '../../test/support/packable';
import { setFaults, startSandboxFor, tenantHeaders } from '../../test/support/sandbox';

export const TENANT = { id: 'bench-station', key: 'bench-station-key-0123456789' };
export const PRINTER = 'CAPTURE';

export function startApi(orders: number, seed: number): Promise<RunningSandbox> {
  return startSandboxFor(TENANT, { orders, seed, asyncDelayMs: 200 });
}

export function apiHeaders(json = false): Record<string, string> {
  return tenantHeaders(TENANT, json);
}

export async function setLatency(api: RunningSandbox, latencyMs: number): Promise<void> {
  await setFaults(api, TENANT, { latency_ms: latencyMs });
}

/** Every to_process order a packer can scan straight to a label (no stop screen), oldest first. */
export function packableOrders(api: RunningSandbox): Promise<PackableOrder[]> {
  return packableOf(api, TENANT, { oldestFirst: true });
}

export interface Host {
  url: string;
  dataDir: string;
  /** The host process (for CPU accounting). */
  pid: number;
  stop(): Promise<void>;
}

/**
 * The built browser host (`node out/host/web-cli.mjs`, as `npm run start:web` runs it) in a fresh temp
 * data dir; resolves on its one line with the URL.
 */
export async function startHost(
  api: RunningSandbox,
  settings?: Record<string, unknown>,
  video?: Record<string, unknown>,
): Promise<Host> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-station-'));
  if (settings) await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ settings }));
  if (video) {
    await mkdir(join(dataDir, 'video'), { mode: 0o700 });
    await writeFile(join(dataDir, 'video', 'settings.json'), JSON.stringify(video));
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PACKING_DATA_DIR: dataDir,
    PACKING_PRINTER: PRINTER,
    PACKING_API_URL: api.apiOrigin,
    PACKING_TENANT_ID: TENANT.id,
    PACKING_API_KEY: TENANT.key,
  };
  const args = ['out/host/web-cli.mjs', '--port', '0', '--data-dir', dataDir];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 60_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`host exited ${code}:\n${out}`));
      });
    });
    return { url, dataDir, pid: child.pid ?? 0, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Chromium as in playwright.config.ts, plus gc() exposed for the heap measurement. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  });
}

/** Opens the station and waits until it can scan: settings in (data-ready) and the work queue synced. */
export async function openStation(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.app[data-ready="true"]').waitFor({ timeout: 30_000 });
  await page
    .getByTestId('sync-status')
    .filter({ hasText: /·\s*\d+/ })
    .waitFor({ timeout: 300_000 });
}
