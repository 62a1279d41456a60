// End-to-end harness: a sandbox (the API), the browser host as a real child process (the station), Debian
// Chromium (the renderer), and the CUPS capture queue (the bench printer). Only keys go into the page.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningSandbox } from '../../src/main/sandbox';
import { transitions, type Transition } from '../support/audit';
import { packableCodes } from '../support/packable';
import { control as controlAs, startSandboxFor, tenantHeaders } from '../support/sandbox';

export const CAPTURE_DIR = process.env.PACKING_CAPTURE_DIR ?? '/tmp/packing-prn';
export const TENANT = { id: 'e2e-tenant', key: 'e2e-secret-key-0123456789' };

export interface Host {
  url: string;
  origin: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
  /** kill -9: no shutdown code runs. */
  crash(): Promise<void>;
}

export async function startApi(opts: { orders?: number; seed?: number } = {}): Promise<RunningSandbox> {
  return startSandboxFor(TENANT, { orders: opts.orders ?? 60, seed: opts.seed ?? 7, asyncDelayMs: 200 });
}

/** Starts `tsx src/main/host/web-cli.ts` and waits for its one line with the URL. */
export async function startHost(opts: {
  api?: RunningSandbox;
  demo?: boolean;
  dataDir?: string;
  env?: Record<string, string>;
  port?: number;
}): Promise<Host> {
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'station-e2e-')));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PACKING_DATA_DIR: dataDir,
    PACKING_PRINTER: 'CAPTURE',
    ...(opts.api
      ? { PACKING_API_URL: opts.api.apiOrigin, PACKING_TENANT_ID: TENANT.id, PACKING_API_KEY: TENANT.key }
      : {}),
    ...(opts.env ?? {}),
  };
  // The built host (`npm run build:host`, as `npm run start:web` runs it), one node process, so a
  // kill -9 really kills the station, as a power cut would.
  const args = ['out/host/web-cli.mjs', '--port', String(opts.port ?? 0), '--data-dir', dataDir];
  if (opts.demo) args.push('--demo');
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 30_000);
    const check = (): void => {
      const m = /open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`host exited ${code}:\n${out}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    process: child,
    output: () => out,
    async crash() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** One call to the host's bridge from outside the page (as the page sends it: launch token, our Origin). */
export async function hostRpc<T>(host: Host, channel: string, arg?: unknown): Promise<T> {
  const token = /#token=(\S+)$/.exec(host.url)?.[1] ?? '';
  const res = await fetch(`${host.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, origin: host.origin, 'content-type': 'application/json' },
    body: JSON.stringify(arg === undefined ? {} : { arg }),
  });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message ?? `HTTP ${res.status}`}`);
  return body.value as T;
}

/** What a keyboard-wedge scanner does: the code's keys ~2 ms apart, then Enter. */
export { scan } from './scanner';

export async function captureJobs(): Promise<string[]> {
  try {
    return (await readdir(CAPTURE_DIR)).filter((f) => /^job-\d+\.prn$/.test(f)).sort();
  } catch {
    return [];
  }
}

export async function readJob(name: string): Promise<Buffer> {
  return readFile(join(CAPTURE_DIR, name));
}

export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | null | undefined | false>,
  ms = 20_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The sandbox's control surface as the e2e tenant, e.g. control(api, 'faults', {drop_rate: 1}). */
export function control<T>(api: RunningSandbox, path: string, body?: unknown): Promise<T> {
  return controlAs<T>(api, TENANT, `/${path}`, body);
}

/** The orders the API has in a status, straight from the list endpoint. */
export async function ordersIn(
  api: RunningSandbox,
  status: string,
  count = 100,
): Promise<{ order_code: string; order_header_id: number }[]> {
  const res = await fetch(`${api.apiOrigin}/api/partner/v1/orders`, {
    method: 'POST',
    headers: tenantHeaders(TENANT, true),
    body: JSON.stringify({ page: 1, per_page: count, status, sort_direction: 'asc' }),
  });
  const json = (await res.json()) as {
    data: {
      data: { order_code: string; order_header_id: number; fulfill_by_mp: boolean; is_fake: boolean }[];
    };
  };
  return json.data.data.filter((o) => !o.fulfill_by_mp && !o.is_fake);
}

export function audit(api: RunningSandbox, orderCode: string): Promise<Transition[]> {
  return transitions(api, TENANT, orderCode);
}

/** Orders in a status a packer could scan through, oldest first (test/support/packable.ts). */
export function packable(api: RunningSandbox, status = 'to_process', count = 10): Promise<string[]> {
  return packableCodes(api, TENANT, { status, count, oldestFirst: true });
}

/** The label PDF the API serves for an order (fetched as the station does, without marking it printed). */
export async function labelBytes(api: RunningSandbox, orderCode: string): Promise<Buffer> {
  const res = await fetch(`${api.apiOrigin}/api/partner/v1/orders/fulfillment/shipping-label`, {
    method: 'POST',
    headers: tenantHeaders(TENANT, true),
    body: JSON.stringify({ order_code: orderCode, mark_as_printed: 'false' }),
  });
  const json = (await res.json()) as { data: { url: string } };
  const pdf = await fetch(json.data.url);
  return Buffer.from(await pdf.arrayBuffer());
}

/** Title and options CUPS recorded for a captured job (the backend writes job-N.meta beside the bytes). */
export async function jobTitle(name: string): Promise<string> {
  const meta = await readFile(join(CAPTURE_DIR, name.replace(/\.prn$/, '.meta')), 'utf8');
  return /^title=(.*)$/m.exec(meta)?.[1] ?? '';
}

/** Job files in the order CUPS numbered them (job-9 before job-10). */
export function byJobNumber(names: string[]): string[] {
  const n = (f: string): number => Number(/job-(\d+)/.exec(f)?.[1] ?? 0);
  return [...names].sort((a, b) => n(a) - n(b));
}

/**
 * Jobs added since `before` that belong to these orders (by the title CUPS recorded). The capture queue is
 * shared by every test on the machine, so a test counts only its own orders' jobs.
 */
export async function jobsFor(codes: string[], before: string[]): Promise<{ job: string; title: string }[]> {
  const fresh = byJobNumber((await captureJobs()).filter((j) => !before.includes(j)));
  const titled = await Promise.all(
    fresh.map(async (job) => ({ job, title: await jobTitle(job).catch(() => '') })),
  );
  return titled.filter((t) => codes.some((c) => t.title.endsWith(` ${c}`) || t.title.includes(` ${c} `)));
}
