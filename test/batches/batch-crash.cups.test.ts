// kill -9 in the middle of a batch, then a restart on the same data dir: the batch resumes, no order is
// sent twice (one set-process-packed request per order in the audit, one ship), and its labels print as
// exactly one job.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrdersClient } from '../../src/main/api/client';
import type { RunningSandbox } from '../../src/main/sandbox';
import type { BatchView } from '../../src/shared/batches/types';
import { capturedSince, cupsJobNumber, waitForCaptured } from '../crash/capture-jobs';
import { control, setFaults } from '../support/sandbox';
import { clientFor, makeWave, startBatchSandbox, TENANT } from './rig';

const WORKER = fileURLToPath(new URL('./batch-worker.ts', import.meta.url));

interface Run {
  lines: { tag: string; value: unknown }[];
  exited: Promise<number | null>;
  kill(): void;
  waitFor(tag: string, pred: (v: unknown) => boolean): Promise<unknown>;
}

function worker(args: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Run['lines'] = [];
  let out = '';
  let pending = '';
  const waiters = new Set<() => void>();
  child.stdout.on('data', (d: Buffer) => {
    pending += d.toString();
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const text = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      const sp = text.indexOf(' ');
      if (sp > 0) lines.push({ tag: text.slice(0, sp), value: JSON.parse(text.slice(sp + 1)) as unknown });
    }
    for (const w of [...waiters]) w();
  });
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    lines,
    exited,
    kill: () => child.kill('SIGKILL'),
    waitFor: (tag, pred) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const hit = lines.find((l) => l.tag === tag && pred(l.value));
          if (hit) {
            waiters.delete(check);
            resolve(hit.value);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            waiters.delete(check);
            reject(new Error(`worker ended before "${tag}": ${out}`));
          }
        };
        waiters.add(check);
        child.once('exit', check);
        check();
      }),
  };
}

let sb: RunningSandbox;
let api: OrdersClient;
let dir: string;
const startedAt = Date.now() - 1000;

beforeAll(async () => {
  sb = await startBatchSandbox(400);
  api = clientFor(sb);
  dir = await mkdtemp(join(tmpdir(), 'batch-crash-'));
});

afterAll(async () => {
  await api?.close();
  await sb?.close();
  await rm(dir, { recursive: true, force: true });
});

interface AuditRow {
  order_code: string;
  from: string;
  to: string;
  request_id: string;
}

describe('a batch cut by kill -9', () => {
  it('resumes after the restart, sends nothing twice and prints its job once', async () => {
    const wave = await makeWave(sb, api, `CRASH${Date.now() % 100000}`);
    const env = { BATCH_API: sb.apiOrigin, BATCH_DIR: join(dir, 'batches') };
    // Slow answers, so the kill lands while orders are being sent.
    await setFaults(sb, TENANT, { latency_ms: 120 });
    const first = worker(['start', ...wave.codes], env);
    const cut = (await first.waitFor('view', (v) => {
      const c = (v as { counts: BatchView['counts'] }).counts;
      return c.sent >= 8 && c.sent < 27;
    })) as { id: string };
    first.kill();
    await first.exited;
    await setFaults(sb, TENANT, { latency_ms: 0 });

    const second = worker(['resume'], env);
    const done = (await second.waitFor('done', () => true)) as BatchView;
    expect(await second.exited).toBe(0);
    expect(done.id).toBe(cut.id);
    expect(done.phase).toBe('done');

    const audit = (await control<{ transitions: AuditRow[] }>(sb, TENANT, '/audit')).transitions;
    const rows = (code: string) => audit.filter((t) => t.order_code === code);
    // One set-process-packed per order at most: its two steps carry the same request_id, and no more.
    for (const code of wave.codes) {
      const packing = rows(code).filter((t) => t.to === 'process' || t.to === 'packed');
      expect({ code, requests: new Set(packing.map((t) => t.request_id)).size }).toEqual({
        code,
        requests: packing.length ? 1 : 0,
      });
      expect(rows(code).filter((t) => t.to === 'shipped').length).toBeLessThanOrEqual(1);
    }
    const packed = done.orders.filter((o) => o.state === 'packed').map((o) => o.orderCode);
    expect(packed.length).toBeGreaterThanOrEqual(20);
    for (const code of packed) expect(rows(code).map((t) => `${t.from}>${t.to}`)).toContain('packed>shipped');
    for (const o of done.orders.filter((x) => x.state !== 'packed')) expect(o.reason).toBeTruthy();

    // The job printed once.
    expect(done.job?.orderCodes).toEqual(packed);
    await waitForCaptured(startedAt, [cupsJobNumber(done.job?.jobId ?? '')], 20_000);
    const jobs = (await capturedSince(startedAt)).filter((j) => j.title.includes(`batch ${done.id}`));
    expect(jobs.map((j) => j.job)).toEqual([cupsJobNumber(done.job?.jobId ?? '')]);
  });
});
