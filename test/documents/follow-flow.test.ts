// The document features follow the pack flow's events: a printed label brings its packing slip on the
// document printer when Settings says "with every label" (never for a tray's separator slip, never when
// off), and a packed box's pickup option is kept for the handover.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocumentFeatures } from '../../src/main/documents/compose-documents';
import { createEventBus } from '../../src/main/ipc/event-bus';
import type { PrintRequest, PrinterDriver } from '../../src/main/printing/types';
import { createSettingsService } from '../../src/main/settings/settings-service';
import { createMemoryStore } from '../../src/main/settings/store';
import { createMemoryVault } from '../../src/main/settings/vault';
import { orderDetailSchema } from '../../src/shared/orders';
import type { StepEvent } from '../../src/shared/station';
import { memoryLogger } from '../hosts/fakes';

const detail = orderDetailSchema.parse(
  JSON.parse(await readFile(new URL('../fixtures/docs/order-detail.json', import.meta.url), 'utf8')).data,
);

let dataDir: string;
let jobs: PrintRequest[];
const driver: PrinterDriver = {
  platform: 'cups',
  listPrinters: async () => [],
  defaultPrinter: async () => 'OS-DEFAULT',
  submit: async (req) => {
    jobs.push(req);
    return { jobId: `DOCS-${jobs.length}`, printer: req.printer };
  },
  jobState: async () => ({ state: 'completed' }),
};

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'follow-flow-'));
  jobs = [];
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

async function rig(packingSlips: 'off' | 'with_label' | 'on_demand') {
  const { log } = memoryLogger();
  const settings = await createSettingsService({
    store: createMemoryStore({ settings: { packingSlips, documentPrinter: 'LASER', documentMedia: 'A6' } }),
    vault: createMemoryVault(),
    provisioning: {},
    log,
  });
  const events = createEventBus();
  const cached = { orderCode: detail.order_code, orderId: detail.order_id, detail };
  const queue = {
    list: () => [],
    lookup: (code: string) => (code === detail.order_code ? (cached as never) : null),
  };
  const api = () => {
    throw new Error('offline');
  };
  const features = await createDocumentFeatures({ dataDir, api, settings, queue, driver, events, log });
  const step = (s: Partial<StepEvent>): void =>
    events.emit('flow:step', {
      orderCode: detail.order_code,
      scanId: 's1',
      step: 'print',
      state: 'done',
      startedAt: new Date().toISOString(),
      ...s,
    });
  return { features, step };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('document features following the pack flow', () => {
  it('with every label: one slip per printed label on the document printer, none for a separator', async () => {
    const { features, step } = await rig('with_label');
    step({ detail: { jobId: 'L-1', printer: 'ZEBRA', separator: true } });
    step({ state: 'running' });
    await settle();
    expect(jobs).toEqual([]);
    step({ detail: { jobId: 'L-2', printer: 'ZEBRA' } });
    await expect.poll(() => jobs.length, { timeout: 15_000 }).toBe(1);
    expect(jobs[0]).toMatchObject({ printer: 'LASER', media: 'A6', title: `slip-${detail.order_code}` });
    features.close();
  });

  // The subscriber decides synchronously whether a slip is due: nothing is started, so nothing can come later.
  it('off or on demand: no slip by itself', async () => {
    for (const mode of ['off', 'on_demand'] as const) {
      const { features, step } = await rig(mode);
      step({ detail: { jobId: 'L-3', printer: 'ZEBRA' } });
      await settle();
      features.close();
    }
    expect(jobs).toEqual([]);
  });

  it('keeps the pickup option a box was packed with, for the handover', async () => {
    const { features, step } = await rig('off');
    step({ step: 'set_packed', detail: { pickupOption: 'MID_PICKUP' } });
    const saved = async (): Promise<unknown> =>
      JSON.parse(await readFile(join(dataDir, 'handover', 'handovers.json'), 'utf8').catch(() => '{}'))
        .pickups;
    await expect.poll(saved, { timeout: 10_000 }).toEqual({ [detail.order_code]: 'MID_PICKUP' });
    features.close();
  });
});
