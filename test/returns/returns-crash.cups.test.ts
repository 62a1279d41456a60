// The returns bench under kill -9, end to end: the REAL station (composeStation in a child process, on the
// CUPS capture queue) records a return while the API is cut, is killed, restarted with the API back, and
// the order is returned exactly once (sandbox audit) with the chosen reason and note; the return slip
// reached the CUPS capture queue.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import type { ReturnLookup, ReturnRecordView } from '../../src/shared/ipc/returns-channels';
import { cupsJobNumber, waitForCaptured } from '../crash/capture-jobs';
import { auditOf } from '../support/audit';
import { setFaults, startSandboxFor } from '../support/sandbox';
import { ordersOf, rawOrder } from './helpers';

const TENANT = { id: 'returns-crash', key: 'returns-crash-key-0123456789' };
const WORKER = fileURLToPath(new URL('./returns-worker.ts', import.meta.url));

let sb: RunningSandbox;
let dir: string;

beforeAll(async () => {
  sb = await startSandboxFor(TENANT, { orders: 60, seed: 20_261_203 });
  dir = await mkdtemp(join(tmpdir(), 'returns-crash-'));
});
afterAll(async () => {
  await sb.close();
  await rm(dir, { recursive: true, force: true });
});

interface Worker {
  line<T>(tag: string, timeoutMs: number): Promise<T>;
  exited: Promise<number | null>;
  kill9(): Promise<void>;
}

function startWorker(args: string[]): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], {
    env: {
      ...process.env,
      CRASH_DATA_DIR: join(dir, 'station'),
      CRASH_PRINTS: join(dir, 'prints.log'),
      PACKING_API_URL: sb.apiOrigin,
      PACKING_TENANT_ID: TENANT.id,
      PACKING_API_KEY: TENANT.key,
      PACKING_PRINTER: 'CAPTURE',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    exited,
    async line<T>(tag: string, timeoutMs: number): Promise<T> {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const hit = out.split('\n').find((l) => l.startsWith(`${tag} `));
        if (hit) return JSON.parse(hit.slice(tag.length + 1)) as T;
        if (child.exitCode !== null || Date.now() > end) throw new Error(`no "${tag}" line:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

describe('returns bench: offline, kill -9, restart, reconnect (sandbox + CUPS)', () => {
  it('returns the order exactly once with the chosen reason, and the slip reaches CAPTURE', async () => {
    const [parcel] = await ordersOf(sb, TENANT, 'shipped', 1);

    const sync = startWorker(['sync', parcel.awb]);
    expect(await sync.line<ReturnLookup>('found', 60_000)).toMatchObject({
      found: true,
      order: { orderCode: parcel.code, source: 'api' },
    });
    expect(await sync.exited).toBe(0);

    await setFaults(sb, TENANT, { drop_rate: 1 });
    const since = Date.now() - 1_000;
    const offline = startWorker(['return', parcel.awb, 'courier_failed', 'Nobody home, 3 tries']);
    expect(await offline.line<ReturnLookup>('found', 60_000)).toMatchObject({ order: { source: 'cache' } });
    const recorded = await offline.line<ReturnRecordView>('recorded', 60_000);
    expect(recorded).toMatchObject({ orderCode: parcel.code, reason: 'courier_failed', state: 'queued' });
    expect(recorded.slip.error).toBeNull();
    await offline.kill9();
    expect(await auditOf(sb, TENANT, parcel.code)).toEqual([]);

    await setFaults(sb, TENANT, { drop_rate: 0 });
    const replay = startWorker(['replay']);
    const today = await replay.line<ReturnRecordView[]>('list', 60_000);
    expect(await replay.exited).toBe(0);
    expect(today).toMatchObject([
      { id: recorded.id, orderCode: parcel.code, reason: 'courier_failed', state: 'done' },
    ]);
    expect(await auditOf(sb, TENANT, parcel.code)).toEqual(['shipped>returned']);
    expect(await rawOrder(sb, TENANT, parcel.code)).toMatchObject({
      status: 'returned',
      returnBy: 'courier_failed',
      returnReason: 'Nobody home, 3 tries',
    });
    // One return request reached the API over all three runs (the station's own call log).
    const log = await readFile(join(dir, 'station', 'logs', 'worker.log'), 'utf8');
    expect(
      log.split('\n').filter((l) => l.includes("path: '/api/partner/v1/orders/fulfillment/return'")),
    ).toHaveLength(1);

    const job = cupsJobNumber(recorded.slip.jobId ?? '');
    const captured = await waitForCaptured(since, [job], 60_000);
    expect(captured.find((c) => c.job === job)?.title).toBe(`return slip: ${parcel.code}`);
  });
});
