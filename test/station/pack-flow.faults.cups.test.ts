// The whole packing flow under a bad API: 20 % 5xx, 10 % dropped connections, 5 % hanging requests,
// half of the faulted writes applied with their reply lost (fault_phase mixed). 300 orders are scanned
// one after another at one bench printing into the real CUPS queue; orders whose label had to wait are
// scanned again, as a packer would. In the end every order is shipped through exactly
// to_process → process → packed → shipped, exactly one label job per order reached CUPS, and no scan
// showed the operator a conflict the station caused itself.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrdersClient } from '../../src/main/api/client';
import { createConnectivity, createOutbox, type Outbox } from '../../src/main/outbox';
import { createCupsDriver } from '../../src/main/printing/cups-driver';
import { createPrintService } from '../../src/main/printing/print-service';
import type { PrinterDriver, PrintJob } from '../../src/main/printing/types';
import type { RunningSandbox } from '../../src/main/sandbox';
import { PackFlow } from '../../src/main/station/pack-flow';
import { printServicePrinter } from '../../src/main/station/print-service-printer';
import type { ScanOutcome } from '../../src/main/station/types';
import { WorkQueue } from '../../src/main/workqueue/work-queue';
import {
  auditByOrder,
  fastClient,
  packableOrders,
  setFaults,
  startOutboxSandbox,
} from '../outbox/sandbox-helpers';

const ORDERS = 300;
const CAPTURE_DIR = process.env.PACKING_CAPTURE_DIR ?? '/tmp/packing-prn';

let sb: RunningSandbox;
let client: OrdersClient;
let dataDir: string;

beforeAll(async () => {
  sb = await startOutboxSandbox(1_200);
  client = fastClient(sb.apiOrigin);
  dataDir = await mkdtemp(join(tmpdir(), 'flow-faults-'));
});
afterAll(async () => {
  await setFaults(sb, { error_rate: 0, drop_rate: 0, hang_rate: 0 });
  await client.close();
  await sb.close();
  await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

/** The real CUPS driver, with every accepted job recorded (the CAPTURE queue is shared by other tests). */
function recordingCups(jobs: { title: string; job: PrintJob }[]): PrinterDriver {
  const cups = createCupsDriver();
  return {
    platform: cups.platform,
    listPrinters: () => cups.listPrinters(),
    defaultPrinter: () => cups.defaultPrinter(),
    jobState: (job) => cups.jobState(job),
    async submit(req) {
      const job = await cups.submit(req);
      jobs.push({ title: req.title, job });
      return job;
    },
  };
}

async function capturedTitle(job: PrintJob): Promise<string> {
  const n = /-(\d+)$/.exec(job.jobId)?.[1];
  for (let i = 0; i < 100; i++) {
    const meta = await readFile(join(CAPTURE_DIR, `job-${n}.meta`), 'utf8').catch(() => null);
    if (meta) return /^title=(.*)$/m.exec(meta)?.[1] ?? '';
    await new Promise((r) => setTimeout(r, 100));
  }
  return '';
}

describe('pack flow under mixed API faults, printing into CUPS', () => {
  it(`ships ${ORDERS} orders, one label each, with no conflict of the station's own making`, async () => {
    const codes = await packableOrders(sb, ORDERS);
    const queue = new WorkQueue({ api: client, dataDir, intervalMs: 0 });
    await queue.refresh();
    const connectivity = createConnectivity({
      probe: async () => {
        await client.listOrders({ page: 1, per_page: 1 }, { deadlineMs: 1_000 });
      },
      backoff: { baseMs: 20, maxMs: 200 },
    });
    const outbox: Outbox = await createOutbox({
      dir: join(dataDir, 'outbox'),
      api: client,
      connectivity,
      concurrency: 8,
      backoff: { baseMs: 20, maxMs: 300 },
      asyncPollMs: 30,
      keepSettled: 10_000,
    });
    const jobs: { title: string; job: PrintJob }[] = [];
    const driver = recordingCups(jobs);
    const service = createPrintService({ driver, labelsDir: join(dataDir, 'labels') });
    const flow = await PackFlow.create({
      api: client,
      orders: queue,
      printer: printServicePrinter({
        service,
        driver,
        target: () => ({ printer: 'CAPTURE', media: '4x6in' }),
      }),
      labels: service.labels,
      outbox,
      connectivity,
      dataDir,
      settings: () => ({ verification: 'off', confirmLabel: false, pickupOption: 'LATE_PICKUP' }),
      onStep: () => undefined,
    });

    await setFaults(sb, { error_rate: 0.2, drop_rate: 0.1, hang_rate: 0.05, fault_phase: 'mixed' });
    const outcomes: ScanOutcome[] = [];
    for (const code of codes) outcomes.push(await flow.scan(code));

    // The packer comes back to the boxes whose label waited, until every one has printed.
    const printed = new Set(outcomes.filter((o) => o.kind === 'printed').map((o) => o.orderCode));
    for (let round = 0; round < 30 && printed.size < codes.length; round++) {
      await outbox.drained(30_000).catch(() => undefined);
      for (const code of codes.filter((c) => !printed.has(c))) {
        const again = await flow.scan(code);
        outcomes.push(again);
        if (again.kind === 'printed' || again.kind === 'already_printed') printed.add(code);
      }
    }
    await outbox.drained(60_000);
    await setFaults(sb, { error_rate: 0, drop_rate: 0, hang_rate: 0 });

    const audit = await auditByOrder(sb);
    const wrong = codes.filter(
      (c) => audit.get(c)?.join(' ') !== 'to_process>process process>packed packed>shipped',
    );
    expect(wrong.map((c) => `${c}: ${audit.get(c)?.join(' ') ?? 'nothing'}`)).toEqual([]);

    const labelJobs = jobs.filter((j) => j.title.startsWith('label '));
    for (const code of codes) expect(labelJobs.filter((j) => j.title === `label ${code}`)).toHaveLength(1);
    expect(labelJobs).toHaveLength(ORDERS);
    // Each recorded job really reached the capture queue under its title.
    const sample = labelJobs.filter((_, i) => i % 25 === 0);
    expect(await Promise.all(sample.map((j) => capturedTitle(j.job)))).toEqual(sample.map((j) => j.title));

    const selfMade = outcomes.filter(
      (o) =>
        o.kind === 'packed_elsewhere' ||
        o.kind === 'stop' ||
        (o.kind === 'failed' && o.error.kind === 'conflict'),
    );
    expect(selfMade.map((o) => `${o.orderCode}: ${o.kind}`)).toEqual([]);
    expect(outbox.list().filter((e) => e.state === 'failed' || e.state === 'stopped')).toEqual([]);
    // The faults did bite: writes needed more than one attempt, and some labels had to wait for a re-scan.
    expect(outbox.list().filter((e) => e.attempts > 1).length).toBeGreaterThan(10);
    expect(outcomes.length).toBeGreaterThan(ORDERS);

    await flow.close();
    await outbox.close();
    connectivity.close();
    await queue.stop();
  }, 300_000);
});
