// kill -9 of the browser host (a real child process, its bridge driven as the page drives it) at 20 random
// moments while it replays 20 orders packed offline (issue 8). From the outside: each order went
// to_process → process → packed exactly once; nothing printed and nothing shipped until the packer
// scanned the order again; after that re-scan, one label each and each shipped exactly once.
// The moments are seeded: CRASH_SEED=<n> repeats a run (the seed is printed).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import { transitions } from '../support/audit';
import { prng } from '../support/fuzz-scans';
import { spawnHost, startHostProcess, type HostProcess } from '../support/host-process';
import { setFaults } from '../support/sandbox';
import { CAPTURE_DIR } from './capture-jobs';
import { CRASH_TENANT, cutApi, packableCodes, startCrashSandbox, stationEnv } from './crash-sandbox';

const ORDERS = 20;
const CRASHES = 20;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
/** Each API request takes this long while the host replays, so the kills land inside the replay. */
// Slow enough that the outbox's 4 slots need ~10 rounds for the 40 writes, so the kills land inside the
// replay on a fast machine too (each life lets about one round through).
const LATENCY_MS = 1000;
const PACKED = ['to_process>process', 'process>packed'];
const SHIPPED = [...PACKED, 'packed>shipped'];

let sb: RunningSandbox;
let dir: string;
let host: HostProcess | undefined;
let passed = false;
const kills: string[] = [];

type Reply =
  { ok: true; value: Record<string, unknown> } | { ok: false; error: { kind: string; message: string } };

async function call(h: HostProcess, channel: string, arg?: unknown): Promise<Reply> {
  const reply = await h.rpc(channel, { arg });
  if (reply.status !== 200) throw new Error(`${channel}: HTTP ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body as Reply;
}

async function value<T>(h: HostProcess, channel: string, arg?: unknown): Promise<T> {
  const r = await call(h, channel, arg);
  if (!r.ok) throw new Error(`${channel}: ${r.error.kind} ${r.error.message}`);
  return r.value as T;
}

async function until<T>(what: string, fn: () => Promise<T | null | false>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** CUPS jobs captured since `before` whose title names one of the codes. */
async function jobsNaming(codes: string[], before: Set<string>): Promise<string[]> {
  const names = (await readdir(CAPTURE_DIR).catch(() => [] as string[])).filter(
    (n) => /^job-\d+\.meta$/.test(n) && !before.has(n),
  );
  const titles: string[] = [];
  for (const n of names) {
    const title =
      /^title=(.*)$/m.exec(await readFile(join(CAPTURE_DIR, n), 'utf8').catch(() => ''))?.[1] ?? '';
    if (codes.some((c) => title === `label ${c}`)) titles.push(title);
  }
  return titles.sort();
}

async function auditOf(codes: string[]): Promise<Record<string, string[]>> {
  const all = await transitions(sb, CRASH_TENANT);
  return Object.fromEntries(
    codes.map((c) => [c, all.filter((t) => t.order_code === c).map((t) => `${t.from}>${t.to}`)]),
  );
}

async function appliedCount(codes: string[]): Promise<number> {
  return Object.values(await auditOf(codes)).flat().length;
}

beforeAll(async () => {
  sb = await startCrashSandbox(600, 20_261_203);
  dir = await mkdtemp(join(tmpdir(), 'host-crash-'));
});

afterAll(async () => {
  await host?.stop();
  await sb?.close();
  if (dir && passed) await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  else if (dir) console.info(`host-replay-crash: data kept in ${dir}`);
  console.info(`host-replay-crash seed ${SEED} (CRASH_SEED=${SEED} repeats it); kills: ${kills.join(', ')}`);
});

describe('the browser host killed while it replays offline packing', () => {
  it(`${ORDERS} orders, ${CRASHES} kill -9 mid-replay: packed once, nothing printed until re-scanned, shipped once after`, async () => {
    const testStart = Date.now();
    const opts = { dataDir: join(dir, 'station'), env: stationEnv(sb) };
    const before = new Set(await readdir(CAPTURE_DIR).catch(() => [] as string[]));
    const codes = await packableCodes(sb, ORDERS);

    // Online once, so the work queue knows the orders; then the API is cut and every scan packs offline.
    host = await startHostProcess(opts);
    const h0 = host;
    await value(h0, 'queue:refresh');
    await until(
      'the work queue to hold the orders',
      async () => {
        const known = new Set(await value<string[]>(h0, 'queue:codes'));
        return codes.every((c) => known.has(c));
      },
      60_000,
    );
    await cutApi(sb);
    for (const code of codes) {
      const outcome = await value<{ kind: string; reason?: string }>(h0, 'flow:scan', { code });
      expect(outcome, code).toMatchObject({ kind: 'to_tray', reason: 'offline' });
    }
    const queued = await value<{ queued: number }>(h0, 'outbox:summary');
    expect(queued.queued).toBeGreaterThanOrEqual(ORDERS);
    await h0.crash();
    expect(Object.values(await auditOf(codes)).flat()).toEqual([]);

    // The API is back, slow: each restarted host replays; kill -9 it at a random moment of its life.
    await setFaults(sb, CRASH_TENANT, { drop_rate: 0, latency_ms: LATENCY_MS });
    const random = prng(SEED);
    let startupMs = 3_000;
    for (let i = 0; i < CRASHES; i++) {
      const started = Date.now();
      const { child, ready } = spawnHost(opts);
      ready.catch(() => undefined); // killed before it was ready: that rejection is expected
      const exited = new Promise((r) => child.once('exit', r));
      // One kill in four while it starts (journal read, outbox resumed). The rest while it replays: once the
      // API has applied 0-2 more of its writes, plus a random part of a request's time, so some kills land
      // between a write applied by the API and its reply journaled by the station.
      const starting = random() < 0.25;
      const more = Math.floor(random() * 3);
      const extra = Math.floor(random() * LATENCY_MS * 0.3);
      const appliedBefore = await appliedCount(codes);
      let moment: string;
      if (starting) {
        const delay = Math.floor(random() * startupMs);
        const h = await Promise.race([ready, new Promise<null>((r) => setTimeout(() => r(null), delay))]);
        moment = h ? `up at ${Date.now() - started}ms` : `${delay}ms into its start`;
      } else {
        const h = await ready;
        startupMs = Date.now() - started;
        await until(
          'a write replayed',
          async () => (await appliedCount(codes)) >= appliedBefore + more,
          30_000,
        ).catch(() => undefined);
        await new Promise((r) => setTimeout(r, extra));
        const left = await value<{ queued: number }>(h, 'outbox:summary').catch(() => null);
        moment = `+${more} writes +${extra}ms, ${left?.queued ?? '?'} queued`;
      }
      child.kill('SIGKILL');
      await exited;
      const audit = await auditOf(codes);
      kills.push(`${moment} → ${Object.values(audit).flat().length} applied`);
      // Whatever was replayed so far: never more than packed, never a label.
      expect(codes.filter((c) => !PACKED.join().startsWith((audit[c] ?? []).join()))).toEqual([]);
      expect(await jobsNaming(codes, before)).toEqual([]);
    }

    // The kills did land inside the replay: most of them with writes still to send.
    const midReplay = kills.filter((k) => !k.endsWith(`→ ${2 * ORDERS} applied`)).length;
    expect(midReplay).toBeGreaterThanOrEqual(CRASHES / 2);

    // A last start finishes the replay by itself.
    await setFaults(sb, CRASH_TENANT, { latency_ms: 0 });
    host = await startHostProcess(opts);
    const h1 = host;
    await until(
      'the replay to finish',
      async () => {
        const s = await value<{ queued: number; failed: number; stopped: number }>(h1, 'outbox:summary');
        return s.queued === 0 && s.failed === 0 && s.stopped === 0;
      },
      120_000,
    );
    expect(await auditOf(codes)).toEqual(Object.fromEntries(codes.map((c) => [c, PACKED])));
    expect(await jobsNaming(codes, before)).toEqual([]);
    const tray = await value<{ orderCode: string }[]>(h1, 'tray:list');
    expect(tray.map((t) => t.orderCode).sort()).toEqual([...codes].sort());

    // The packer scans each order again: its label prints now, once, and it ships once.
    const rescannedAt = new Map<string, number>();
    for (const code of codes) {
      rescannedAt.set(code, Date.now());
      const outcome = await value<{ kind: string }>(h1, 'flow:scan', { code });
      expect(outcome.kind, code).toBe('printed');
    }
    await until(
      'every order to ship',
      async () => {
        const audit = await auditOf(codes);
        return codes.every((c) => (audit[c] ?? []).length >= SHIPPED.length);
      },
      120_000,
    );
    expect(await auditOf(codes)).toEqual(Object.fromEntries(codes.map((c) => [c, SHIPPED])));
    const ships = (await transitions(sb, CRASH_TENANT)).filter((t) => t.to === 'shipped');
    expect(ships.filter((t) => !Number.isFinite(Date.parse((t as { at?: string }).at ?? '')))).toEqual([]);
    const early = ships.filter(
      (t) => Date.parse((t as { at?: string }).at ?? '') < (rescannedAt.get(t.order_code) ?? 0),
    );
    expect(early).toEqual([]);
    const printed = await until(
      'one label per order in CUPS',
      async () => {
        const jobs = await jobsNaming(codes, before);
        return jobs.length >= ORDERS ? jobs : null;
      },
      120_000,
    );
    expect(printed).toEqual(codes.map((c) => `label ${c}`).sort());
    console.info(`host-replay-crash: ${Date.now() - testStart} ms`);
    passed = true;
  }, 600_000);
});
