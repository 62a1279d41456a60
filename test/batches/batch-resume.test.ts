// The batch journal's promises, against a fake API and printer: a request that may have left before a
// crash is confirmed, never resent; a job whose fate a crash cut is never printed again by itself; a label
// that fails to fetch is left out, never replaced; the merged job keeps the supervisor's order.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrdersApi } from '../../src/main/api/types';
import { openBatchService } from '../../src/main/batches/batch-service';
import { mergeLabels } from '../../src/main/batches/labels-job';
import { openJournal } from '../../src/main/outbox/journal';
import { parseBatchRecord, type BatchRecord } from '../../src/main/batches/records';
import { memoryLogger } from '../hosts/fakes';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'batch-resume-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function labelPdf(code: string, width: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([width, 432]);
  page.drawText(code, { x: 20, y: 200, size: 18, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

interface FakeWorld {
  status: Map<string, string>;
  calls: string[];
  labelFails: Set<string>;
  /** The list endpoint fails (the API unreachable) while true. */
  offline?: boolean;
}

function fakeApi(world: FakeWorld): OrdersApi {
  const ack = (what: string, code: string) => {
    world.calls.push(`${what} ${code}`);
    return Promise.resolve({ message: 'ok', requestId: `req-${what}-${code}` });
  };
  const listed = () => ({
    data: [...world.status]
      .filter(([, s]) => s === 'To Process')
      .map(([code], i) => ({
        order_header_id: i + 1,
        order_code: code,
        order_reference_id: null,
        internal_status: 'To Process',
        external_status: null,
        store_platform: 'offline',
        warehouse_code: null,
        payment_method: null,
        logistic_provider_name: 'JNE',
        logistic_service_name: 'REG',
        logistic_carrier: null,
        delivery: 'REGULER',
        tracking_number: null,
        is_fake: false,
        fulfill_by_mp: false,
        created_at: '',
        updated_at: '',
      })),
    current_page: 1,
    per_page: 100,
    total_data: 0,
    total_page: 1,
  });
  const api: Partial<OrdersApi> = {
    listOrders: async () => {
      if (world.offline) throw new Error('The API cannot be reached.');
      return listed();
    },
    getOrderDetail: async () =>
      ({ fulfill_by_mp: false, cancel_by: null, cancel_reason: null, cancel_sla_at: null }) as never,
    // The asynchronous half is instant here: tracking says Packed once the request was sent.
    setProcessPacked: (code) => {
      world.status.set(code, 'Packed');
      return ack('pack', code);
    },
    ship: (code) => {
      world.status.set(code, 'Shipped');
      return ack('ship', code);
    },
    track: async (code) =>
      ({
        order_status: world.status.get(code) ?? 'To Process',
        tracking_number: `AWB-${code}`,
        order_history: [],
      }) as never,
    getShippingLabel: async (code, mark) => {
      world.calls.push(`label ${code} ${mark}`);
      if (world.labelFails.has(code)) throw new Error('label service down');
      return {
        data: { order_id: 1, channel: null, order_code: code, url: `https://cdn.test/${code}.pdf` },
        requestId: null,
      };
    },
    downloadLabel: async (url, dest) => {
      const code = /\/([^/]+)\.pdf$/.exec(url)?.[1] ?? '';
      const bytes = await labelPdf(code, code.endsWith('2') ? 288 : 298);
      await writeFile(dest, bytes);
      return { path: dest, bytes: bytes.length, sha256: '' };
    },
  };
  return api as OrdersApi;
}

function rig(world: FakeWorld) {
  const jobs: string[] = [];
  let now = 1_000_000;
  const open = () =>
    openBatchService({
      dir,
      api: () => fakeApi(world),
      printer: {
        submit: async (file, title) => {
          jobs.push(title);
          return { jobId: `J-${jobs.length}`, printer: 'FAKE' };
        },
        pages: async (bytes) => (await PDFDocument.load(bytes)).getPageCount(),
      },
      log: memoryLogger().log,
      onChange: () => undefined,
      clock: { now: () => now, sleep: async (ms) => void (now += ms) },
      confirmTimeoutMs: 10_000,
    });
  return { jobs, open };
}

async function writeJournal(id: string, records: BatchRecord[]): Promise<void> {
  const { journal } = await openJournal(join(dir, id, 'journal.log'), parseBatchRecord);
  for (const r of records) await journal.append(r);
  await journal.close();
}

const created = (codes: string[]): BatchRecord => ({
  t: 'created',
  id: 'b1',
  at: '2026-01-01T00:00:00.000Z',
  pickup: 'LATE_PICKUP',
  confirmTimeoutMs: 10_000,
  orders: codes.map((code) => ({ code, orderId: null })),
});

describe('a batch resumed from its journal', () => {
  it('confirms an order whose request may have left, and never sends it again', async () => {
    const world: FakeWorld = {
      status: new Map([
        ['A', 'To Process'],
        ['B', 'Packed'],
        ['C', 'To Process'],
      ]),
      calls: [],
      labelFails: new Set(),
    };
    await writeJournal('b1', [
      created(['A', 'B', 'C']),
      { t: 'screened' },
      { t: 'sending', code: 'A' },
      { t: 'sending', code: 'B' },
      { t: 'sent', code: 'B', requestId: 'req-B', reason: null },
    ]);
    const { jobs, open } = rig(world);
    const service = await open();
    await service.idle();
    const view = service.get('b1');
    expect(world.calls.filter((c) => c.startsWith('pack'))).toEqual(['pack C']);
    expect(view.orders.find((o) => o.orderCode === 'A')).toMatchObject({ state: 'unknown' });
    expect(view.orders.find((o) => o.orderCode === 'A')?.reason).toMatch(/not sent again/);
    expect(view.orders.find((o) => o.orderCode === 'B')).toMatchObject({ state: 'packed', shipped: true });
    expect(jobs).toHaveLength(1);
    await service.close();
  });

  it('never prints again by itself a job a crash cut; a reprint on purpose prints once and ships', async () => {
    const world: FakeWorld = { status: new Map([['A', 'Packed']]), calls: [], labelFails: new Set() };
    await writeJournal('b1', [
      created(['A']),
      { t: 'screened' },
      { t: 'sending', code: 'A' },
      { t: 'sent', code: 'A', requestId: 'r', reason: null },
      { t: 'confirming', at: 0 },
      { t: 'packed', code: 'A', trackingNumber: 'AWB' },
      { t: 'label', code: 'A', file: join(dir, 'x.pdf'), pages: 1 },
      { t: 'printing', file: join(dir, 'x.pdf'), codes: ['A'], pages: 1 },
    ]);
    const { jobs, open } = rig(world);
    const service = await open();
    await service.idle();
    expect(service.get('b1').phase).toBe('print_unknown');
    expect(jobs).toEqual([]);
    expect(world.calls).toEqual([]);
    const after = await service.reprint('b1', null);
    expect(jobs).toHaveLength(1);
    expect(after).toMatchObject({ phase: 'done', counts: { shipped: 1 } });
    expect(world.calls).toEqual(['label A true', 'ship A']);
    await service.close();
  });

  it('leaves a label that fails out of the job, and keeps the others in order at their own sizes', async () => {
    const world: FakeWorld = {
      status: new Map([
        ['O1', 'To Process'],
        ['O2', 'To Process'],
        ['O3', 'To Process'],
      ]),
      calls: [],
      labelFails: new Set(['O1']),
    };
    const { jobs, open } = rig(world);
    const service = await open();
    const started = await service.start(['O3', 'O1', 'O2'], 'MID_PICKUP');
    await service.idle();
    const view = service.get(started.id);
    expect(view.job?.orderCodes).toEqual(['O3', 'O2']);
    expect(view.orders.find((o) => o.orderCode === 'O1')).toMatchObject({ label: 'failed', shipped: false });
    expect(view.orders.find((o) => o.orderCode === 'O1')?.labelReason).toMatch(/left out/);
    expect(jobs).toHaveLength(1);
    expect(world.calls.filter((c) => c.startsWith('ship'))).toEqual(['ship O3', 'ship O2']);
    await service.close();
  });
});

describe('a batch whose run stops on an error', () => {
  it('says why, and goes on from its journal when resumed, sending nothing twice', async () => {
    const world: FakeWorld = {
      status: new Map([
        ['S1', 'To Process'],
        ['S2', 'To Process'],
      ]),
      calls: [],
      labelFails: new Set(),
      offline: true,
    };
    const { jobs, open } = rig(world);
    const service = await open();
    const started = await service.start(['S1', 'S2'], 'LATE_PICKUP');
    await service.idle();
    expect(service.get(started.id).stopReason).toMatch(/cannot be reached/);
    expect(world.calls).toEqual([]);
    world.offline = false;
    service.resume(started.id);
    await service.idle();
    const view = service.get(started.id);
    expect(view).toMatchObject({ phase: 'done', stopReason: null, counts: { packed: 2, shipped: 2 } });
    expect(world.calls.filter((c) => c.startsWith('pack'))).toEqual(['pack S1', 'pack S2']);
    expect(jobs).toHaveLength(1);
    await service.close();
  });
});

describe('the merged job', () => {
  it('has each label page in order at its own size', async () => {
    const files: string[] = [];
    for (const [code, width] of [
      ['M1', 288],
      ['M2', 420],
    ] as const) {
      const file = join(dir, `${code}.pdf`);
      await writeFile(file, await labelPdf(code, width));
      files.push(file);
    }
    const merged = await PDFDocument.load((await mergeLabels(files)).bytes);
    expect(merged.getPages().map((p) => p.getSize().width)).toEqual([288, 420]);
  });
});
