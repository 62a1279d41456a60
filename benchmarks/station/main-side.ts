// The Electron path measured main side alone: the same composed station the hosts build, driven through
// its handler table (station.invoke, what register-ipc's ipcMain wrapper calls) with no HTTP, no SSE and
// no renderer. Scan → label bytes at CUPS, interleaved order by order with the raw script, like row 1.
// Also the driver for a main-side CPU profile:
//   npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof benchmarks/station/main-side.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningSandbox } from '../../src/main/sandbox';
import { composeStation, type Station } from '../../src/main/app/compose';
import { createLogger } from '../../src/main/log/redact';
import { createFileSink } from '../../src/main/log/file-log';
import { createJsonFileStore } from '../../src/main/settings/store';
import { createFileVault } from '../../src/main/settings/vault';
import type { PackableOrder } from '../../test/support/packable';
import type { CaptureWatcher } from './capture';
import type { RawScanner } from './raw';
import { PRINTER, TENANT, setLatency } from './setup';

export interface MainSide {
  station: number[];
  raw: number[];
  steps: Record<string, number>[];
}

async function composed(api: RunningSandbox, dataDir: string): Promise<Station> {
  const log = createLogger(createFileSink({ dataDir, fileName: 'main-side.log' }));
  const env = {
    PACKING_DATA_DIR: dataDir,
    PACKING_PRINTER: PRINTER,
    PACKING_API_URL: api.apiOrigin,
    PACKING_TENANT_ID: TENANT.id,
    PACKING_API_KEY: TENANT.key,
  };
  return composeStation({
    dataDir,
    store: createJsonFileStore(join(dataDir, 'settings.json')),
    vault: createFileVault(join(dataDir, 'secret', 'api-key')),
    env,
    argv: [],
    host: 'electron',
    log,
    redactor: log.redactor,
  });
}

/** Until `step` of `code` is in `state` (from the event bus, as the preload would forward it). */
function stepReached(station: Station, code: string, step: string, state: string): Promise<void> {
  return new Promise((resolve) => {
    const off = station.events.subscribe((e) => {
      if (e.name !== 'flow:step') return;
      const p = e.payload as { orderCode: string; step: string; state: string };
      if (p.orderCode === code && p.step === step && p.state === state) {
        off();
        resolve();
      }
    });
  });
}

export async function mainSideScans(
  api: RunningSandbox,
  capture: CaptureWatcher,
  raw: RawScanner,
  orders: { station: PackableOrder[]; raw: PackableOrder[]; warm: number },
  latencyMs: number,
): Promise<MainSide> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-main-side-'));
  const station = await composed(api, dataDir);
  const out: MainSide = { station: [], raw: [], steps: [] };
  try {
    await station.services.packing.refreshQueue();
    await setLatency(api, latencyMs);
    const steps: Record<string, number> = {};
    const off = station.events.subscribe((e) => {
      if (e.name !== 'flow:step') return;
      const p = e.payload as { step: string; state: string; durationMs?: number };
      if (p.state === 'done' && p.durationMs !== undefined) steps[p.step] = p.durationMs;
    });
    for (let i = 0; i < orders.station.length; i++) {
      const code = orders.station[i].code;
      const landed = capture.waitForJob(code);
      const shipped = stepReached(station, code, 'ship', 'done');
      for (const k of Object.keys(steps)) delete steps[k];
      const started = performance.now();
      const result = await station.invoke('flow:scan', { code });
      if (!result.ok || result.value.kind !== 'printed')
        throw new Error(`main-side scan of ${code}: ${JSON.stringify(result)}`);
      const at = await landed;
      await shipped;
      if (i >= orders.warm) {
        out.station.push(at - started);
        out.steps.push({ ...steps });
        out.raw.push(await raw.scan(orders.raw[i]));
      } else {
        await raw.scan(orders.raw[i]);
      }
    }
    off();
  } finally {
    await setLatency(api, 0);
    await station.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return out;
}

// Run alone (profiling): a sandbox, N scans at 0 ms, the medians.
if (process.argv[1]?.endsWith('main-side.ts')) {
  void (async () => {
    const { CaptureWatcher } = await import('./capture');
    const { rawScanner } = await import('./raw');
    const { packableOrders, startApi } = await import('./setup');
    const { median } = await import('./table');
    const n = Number(process.env.BENCH_ORDERS ?? 30);
    const api = await startApi(400, 5);
    const capture = new CaptureWatcher();
    const work = await mkdtemp(join(tmpdir(), 'bench-main-raw-'));
    const raw = rawScanner(api, capture, work);
    try {
      const all = await packableOrders(api);
      const r = await mainSideScans(
        api,
        capture,
        raw,
        { station: all.slice(0, n + 2), raw: all.slice(n + 2, 2 * n + 4), warm: 2 },
        Number(process.env.BENCH_LATENCY ?? 0),
      );
      const steps = [...new Set(r.steps.flatMap((s) => Object.keys(s)))];
      console.log(
        `main side ${median(r.station).toFixed(1)} ms vs raw ${median(r.raw).toFixed(1)} ms = ` +
          `${(median(r.station) / median(r.raw)).toFixed(2)}; steps ` +
          steps.map((s) => `${s} ${median(r.steps.flatMap((x) => x[s] ?? []))}`).join(', '),
      );
    } finally {
      await raw.close();
      capture.close();
      await api.close();
      await rm(work, { recursive: true, force: true });
    }
    process.exit(0);
  })();
}
