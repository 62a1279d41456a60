// Benchmark: the work queue's full sync of ≥ 20,000 open orders (to_process + process + packed) against the
// raw minimum — a bare loop making the same list and detail calls with the same client at the same
// concurrency, keeping nothing. ratio = station ÷ raw (goal ≤ 1.2). Run: npx tsx benchmarks/workqueue-sync.ts
//
// The sandbox runs in its own process (its CLI), so its CPU does not blur the client-side difference;
// both sides run cold (a fresh data dir: every detail fetched), alternately, and the medians are compared.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createOrdersClient, type OrdersClient } from '../src/main/api/client';
import { WorkQueue } from '../src/main/workqueue/work-queue';
import { mapBounded } from '../src/main/workqueue/bounded-map';
import { OPEN_STATUSES } from '../src/shared/orders';

const TENANT = { id: 'bench-wq', key: 'bench-wq-key-0123456789' };
const OPEN_WANTED = Number(process.env.BENCH_OPEN ?? 20_000);
/** ~46% of seeded orders are open: this many give a little over OPEN_WANTED. */
const SEEDED = Number(process.env.BENCH_ORDERS ?? Math.ceil((OPEN_WANTED * 2.2) / 1000) * 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** The work queue's default requests in flight; the raw loop uses the same. */
const CONCURRENCY = 4;
const PER_PAGE = 100;
const GOAL = 1.2;
const CLI = fileURLToPath(new URL('../src/main/sandbox/cli.ts', import.meta.url));

interface Sandbox {
  origin: string;
  child: ChildProcess;
}

async function startSandboxProcess(): Promise<Sandbox> {
  const args = ['--import', 'tsx', CLI, '--port', '0', '--label-port', '0', '--orders', String(SEEDED)];
  args.push('--seed', '5', '--tenant', `${TENANT.id}:${TENANT.key}`, '--strict');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start:\n${out}`)), 60_000);
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /sandbox (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`sandbox exited ${code}:\n${out}`)));
  });
  return { origin, child };
}

function client(origin: string): OrdersClient {
  return createOrdersClient({ baseUrl: origin, tenantId: TENANT.id, apiKey: TENANT.key });
}

/** The same calls the work queue makes: page 1 of each open status, the other pages, every detail. */
async function rawSync(api: OrdersClient): Promise<number> {
  const page = (status: (typeof OPEN_STATUSES)[number], n: number) =>
    api.listOrders({ status, page: n, per_page: PER_PAGE, sort_by: 'created_at', sort_direction: 'asc' });
  const firsts = await mapBounded(OPEN_STATUSES, CONCURRENCY, (status) => page(status, 1));
  const rest: { status: (typeof OPEN_STATUSES)[number]; n: number }[] = [];
  firsts.forEach((first, i) => {
    for (let n = 2; n <= first.total_page; n++) rest.push({ status: OPEN_STATUSES[i], n });
  });
  const pages = [...firsts, ...(await mapBounded(rest, CONCURRENCY, (r) => page(r.status, r.n)))];
  const ids = pages.flatMap((p) => p.data.map((o) => o.order_header_id));
  await mapBounded(ids, CONCURRENCY, (id) => api.getOrderDetail(id));
  return ids.length;
}

/** After a timed station round: its cache file written (timed apart, ms), then its data dir removed. */
let afterStation: (() => Promise<number>) | null = null;

/**
 * The station's work queue, cold: a fresh data dir, so every open order's detail is fetched. Timed until
 * the sync resolves (every order scannable); the cache file it then writes for the next start is timed
 * apart (afterStation) and reported beside the ratio.
 */
async function stationSync(api: OrdersClient): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-wq-'));
  const queue = new WorkQueue({ api, dataDir, intervalMs: 0, concurrency: CONCURRENCY });
  afterStation = async () => {
    const started = performance.now();
    await queue.saved();
    const ms = performance.now() - started;
    await rm(dataDir, { recursive: true, force: true });
    return ms;
  };
  const result = await queue.refresh();
  if (result.detailsFetched !== result.listed) {
    throw new Error(`cold sync fetched ${result.detailsFetched} details for ${result.listed} orders`);
  }
  return result.listed;
}

interface Sample {
  ms: number;
  /** Highest heap used during the run (sampled every 20 ms), MB. */
  peakHeapMb: number;
  /** CPU of this process (the client side) during the run: less disturbed by other load than wall time. */
  cpuMs: number;
  orders: number;
}

async function timed(fn: () => Promise<number>): Promise<Sample> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const orders = await fn();
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const ms = performance.now() - started;
  return { ms, cpuMs: (used.user + used.system) / 1000, orders, peakHeapMb: peak / 1024 / 1024 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Measured {
  open: number;
  raw: Sample[];
  station: Sample[];
  /** Per station round, ms from the sync resolving to its cache file written (off the sync's path). */
  saveMs: number[];
}

async function measure(): Promise<Measured> {
  const sandbox = await startSandboxProcess();
  const api = client(sandbox.origin);
  try {
    // Warm-up (JIT, sockets, the sandbox's own caches), also the check that there are enough open orders.
    const open = await rawSync(api);
    if (open < OPEN_WANTED) throw new Error(`only ${open} open orders; raise BENCH_ORDERS`);
    const raw: Sample[] = [];
    const station: Sample[] = [];
    const saveMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // ABBA: neither side always runs right after the other's garbage.
      const first = round % 2 === 0 ? 'raw' : 'station';
      for (const side of first === 'raw' ? ['raw', 'station'] : ['station', 'raw']) {
        const sample = await timed(() => (side === 'raw' ? rawSync(api) : stationSync(api)));
        if (side === 'station' && afterStation) saveMs.push(await afterStation());
        afterStation = null;
        if (sample.orders !== open) throw new Error(`open orders changed: ${open} → ${sample.orders}`);
        (side === 'raw' ? raw : station).push(sample);
      }
    }
    return { open, raw, station, saveMs };
  } finally {
    await api.close();
    sandbox.child.kill('SIGTERM');
  }
}

export interface SyncSummary {
  ratio: number;
  station_ms: number;
  raw_ms: number;
  open: number;
  /** Peak heap during each station round, MB: flat when it does not climb round after round. */
  station_peak_mb: number[];
  raw_peak_mb: number[];
  /** Median ms the cache file took to write after the sync resolved. */
  save_after_ms: number;
}

export async function benchWorkQueueSync(): Promise<SyncSummary> {
  return summarise(await measure());
}

function summarise(m: Measured): SyncSummary {
  const raw_ms = Math.round(median(m.raw.map((s) => s.ms)));
  const station_ms = Math.round(median(m.station.map((s) => s.ms)));
  const peaks = (samples: Sample[]) => samples.map((s) => Math.round(s.peakHeapMb));
  return {
    ratio: Number((station_ms / raw_ms).toFixed(3)),
    station_ms,
    raw_ms,
    open: m.open,
    station_peak_mb: peaks(m.station),
    raw_peak_mb: peaks(m.raw),
    save_after_ms: Math.round(median(m.saveMs)),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measure().then(
    (m) => {
      const r = summarise(m);
      const cpu = (samples: Sample[]) => Math.round(median(samples.map((s) => s.cpuMs)));
      const each = (samples: Sample[]) => samples.map((s) => Math.round(s.ms)).join(', ');
      console.log(
        `work-queue sync of ${m.open} open orders, ${CONCURRENCY} in flight, ${ROUNDS} rounds each:`,
      );
      console.log(
        `  station ${r.station_ms} ms median (${each(m.station)}), client CPU ${cpu(m.station)} ms`,
      );
      console.log(`  raw     ${r.raw_ms} ms median (${each(m.raw)}), client CPU ${cpu(m.raw)} ms`);
      console.log(`  then the cache file for the next start: ${r.save_after_ms} ms median, off the sync`);
      console.log(
        `  peak heap per round, MB: station ${r.station_peak_mb.join(', ')}; raw ${r.raw_peak_mb.join(', ')}`,
      );
      console.log(`  ratio ${r.ratio} (goal ≤ ${GOAL}) ${r.ratio <= GOAL ? 'PASS' : 'MISS'}`);
      console.log(JSON.stringify(r));
    },
    (err: unknown) => {
      console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
