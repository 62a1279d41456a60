// What the station bench runs on: a sandbox API, the browser host as a real child process, Debian
// Chromium, and the order codes a packer could scan without a stop (to_process, no cancel request).
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/support/chromium';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startSandbox, type RunningSandbox } from '../../src/main/sandbox';

export const TENANT = { id: 'bench-station', key: 'bench-station-key-0123456789' };
export const PRINTER = 'CAPTURE';

export function startApi(orders: number, seed: number): Promise<RunningSandbox> {
  return startSandbox({ orders, seed, tenants: [TENANT], asyncDelayMs: 200 });
}

export function apiHeaders(json = false): Record<string, string> {
  return {
    authorization: `Bearer ${TENANT.key}`,
    'x-tenant-id': TENANT.id,
    ...(json ? { 'content-type': 'application/json' } : {}),
  };
}

export async function setLatency(api: RunningSandbox, latencyMs: number): Promise<void> {
  const res = await fetch(`${api.apiOrigin}/__sandbox/faults`, {
    method: 'POST',
    headers: apiHeaders(true),
    body: JSON.stringify({ latency_ms: latencyMs }),
  });
  if (!res.ok) throw new Error(`sandbox refused latency ${latencyMs}: HTTP ${res.status}`);
}

interface ListedOrder {
  order_code: string;
  order_header_id: number;
  fulfill_by_mp: boolean;
  is_fake: boolean;
}

/** A scannable order: its code (the barcode) and numeric id (what the detail endpoint takes). */
export interface PackableOrder {
  code: string;
  id: number;
}

/** Every to_process order a packer can scan straight to a label (no stop screen), oldest first. */
export async function packableOrders(api: RunningSandbox): Promise<PackableOrder[]> {
  const base = `${api.apiOrigin}/api/partner/v1`;
  const listed: ListedOrder[] = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${base}/orders`, {
      method: 'POST',
      headers: apiHeaders(true),
      body: JSON.stringify({ page, per_page: 100, status: 'to_process', sort_direction: 'asc' }),
    });
    const json = (await res.json()) as { data: { data: ListedOrder[]; total_page: number } };
    listed.push(...json.data.data.filter((o) => !o.fulfill_by_mp && !o.is_fake));
    if (page >= json.data.total_page) break;
  }
  const ok = await Promise.all(
    listed.map(async (o) => {
      const res = await fetch(`${base}/orders/${o.order_header_id}/detail`, { headers: apiHeaders() });
      const d = (await res.json()) as { data: { cancel_by: string | null; product_info: unknown[] } };
      return d.data.cancel_by === null && d.data.product_info.length > 0;
    }),
  );
  return listed.filter((_, i) => ok[i]).map((o) => ({ code: o.order_code, id: o.order_header_id }));
}

export interface Host {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The built browser host (`node out/host/web-cli.mjs`, as `npm run start:web` runs it) in a fresh temp
 * data dir; resolves on its one line with the URL.
 */
export async function startHost(api: RunningSandbox, settings?: Record<string, unknown>): Promise<Host> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-station-'));
  if (settings) await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ settings }));
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
    return { url, dataDir, stop };
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
