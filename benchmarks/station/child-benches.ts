// The speed issue's numbers measured by their own benches (outbox replay, work-queue sync, client per call),
// run as child processes so their timings do not share this process with Chromium's driver, and read back
// from their result lines (benchmarks/result-line.ts) into this bench's one table.
import { spawn } from 'node:child_process';
import { readResults, type BenchResult } from '../result-line';
import type { Row } from './table';

const ROW: Record<string, { measure: string; goal: number }> = {
  replay: { measure: '5. replay of 1,000 queued actions ÷ bare calls', goal: 1.2 },
  sync: { measure: '6. work-queue sync ÷ bare calls (20,000 open orders)', goal: 1.2 },
  enqueue: { measure: '   durable enqueue p95 ÷ bare append+fsync', goal: 1.5 },
  'api-detail': { measure: '7. client per call ÷ bare undici, order detail', goal: 1.1 },
  'api-list': { measure: '7. client per call ÷ bare undici, order list', goal: 1.1 },
};

function run(file: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    // BENCH_ORDERS means samples here but seeded orders to the sync bench: never passed down.
    const { BENCH_ORDERS: _samples, ...inherited } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${file} exited ${code}:\n${out.slice(-2000)}`)),
    );
  });
}

export async function childRows(file: string, env: Record<string, string>, rows: Row[]): Promise<void> {
  let results: BenchResult[];
  try {
    results = readResults(await run(file, env));
  } catch (err) {
    console.error(`bench:station: ${file} failed: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  for (const r of results) {
    const row = ROW[r.key] ?? { measure: r.key, goal: Number.NaN };
    rows.push({ ...row, station: r.station, baseline: r.baseline, ratio: r.ratio, note: r.note ?? '' });
  }
}
