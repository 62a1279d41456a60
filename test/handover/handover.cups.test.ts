// The whole station (composition root, real CUPS driver) against the sandbox: orders packed and shipped by
// scans put a packing slip each on the document queue; the handover lists them under their courier and
// pickup option, its printed manifest's barcodes decode to their AWBs, boxes scanned at the dock are
// checked, and a closed handover survives a restart and can be reprinted.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrdersClient, type OrdersClient } from '../../src/main/api/client';
import { composeStation, type Station } from '../../src/main/app/compose';
import { createJsonFileStore } from '../../src/main/settings/store';
import { createMemoryVault } from '../../src/main/settings/vault';
import type { Result } from '../../src/shared/errors';
import type { HandoverRecord } from '../../src/shared/handover/types';
import {
  DOCUMENTS_QUEUE,
  documentBytes,
  documentTitled,
  jobsIn,
  LABEL_DIR,
  lastJobNumber,
} from '../documents/document-queue';
import { memoryLogger } from '../hosts/fakes';
import { newOrderInput } from '../support/new-order';
import { startSandboxFor, type RunningSandbox } from '../support/sandbox';
import { decodePdfBarcodes } from '../documents/pdf-barcodes';

const TENANT = { id: 'handover', key: 'handover-key-0123456789' };
const RUN = Date.now().toString(36).toUpperCase();
const COURIER = `DOCK EXPRESS ${RUN}`;
const PIN_FREE_ENV = (sb: RunningSandbox) => ({
  PACKING_API_URL: sb.apiOrigin,
  PACKING_TENANT_ID: TENANT.id,
  PACKING_API_KEY: TENANT.key,
});

let sb: RunningSandbox;
let api: OrdersClient;
let dataDir: string;

async function open(): Promise<Station> {
  const { log } = memoryLogger();
  return composeStation({
    dataDir,
    store: createJsonFileStore(join(dataDir, 'settings.json')),
    vault: createMemoryVault({ state: 'absent' }),
    env: PIN_FREE_ENV(sb),
    argv: [],
    host: 'web',
    log,
    syncIntervalMs: 0,
  });
}

/** A real API needs a supervisor PIN before any supervisor action: set one (first time) and open a session. */
async function supervise(station: Station): Promise<string> {
  const pin = '582913';
  await station.invoke('supervisor:setPin', { pin });
  const check = await value(station.invoke('supervisor:verifyPin', { pin }));
  if (!check.valid) throw new Error(`the PIN did not open a session: ${check.reason}`);
  return check.token;
}

async function value<T>(p: Promise<Result<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

beforeAll(async () => {
  sb = await startSandboxFor(TENANT, { orders: 30, seed: 11 });
  api = createOrdersClient({ baseUrl: sb.apiOrigin, tenantId: TENANT.id, apiKey: TENANT.key });
  dataDir = await mkdtemp(join(tmpdir(), 'handover-'));
});

afterAll(async () => {
  await api.close();
  await sb.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('courier handover and packing slips on the document printer', () => {
  const codes = [1, 2, 3].map((i) => `HO-${RUN}-${i}`);
  let record: HandoverRecord;
  let awbs: string[];

  it('scans pack, print and ship; every label brings its packing slip on the document queue', async () => {
    const station = await open();
    try {
      const supervisorToken = await supervise(station);
      await value(
        station.invoke('settings:update', {
          supervisorToken,
          patch: {
            labelPrinter: 'CAPTURE',
            documentPrinter: DOCUMENTS_QUEUE,
            documentMedia: 'A6',
            packingSlips: 'with_label',
            pickupOption: 'EARLY_PICKUP',
          },
        }),
      );
      for (const code of codes)
        await api.createOrder(
          newOrderInput(code, { delivery: { logistic: COURIER, logistic_carrier: COURIER } }),
        );
      await value(station.invoke('queue:refresh', undefined));
      const after = await lastJobNumber();
      for (const code of codes) {
        const outcome = await value(station.invoke('flow:scan', { code }));
        expect(outcome).toMatchObject({ kind: 'printed', pickupOption: 'EARLY_PICKUP' });
      }
      await (await station.services.packing.flow()).idle();
      // One slip per order on the document printer, each its own job whose barcode is its order...
      for (const code of codes) {
        const slip = await documentTitled(`slip-${code}`, after);
        expect(await decodePdfBarcodes(slip.bytes)).toEqual([code]);
      }
      // ...and the labels on the label printer, never a slip there.
      const labelTitles = (await jobsIn(LABEL_DIR)).filter((j) => j.job > after).map((j) => j.title);
      for (const code of codes) expect(labelTitles).toContain(`label ${code}`);
      expect(labelTitles.filter((t) => t.startsWith('slip-'))).toEqual([]);
    } finally {
      await station.close();
    }
  });

  it('lists the shipped boxes under courier and pickup option; the manifest barcodes decode to their AWBs', async () => {
    const station = await open();
    try {
      const pending = await value(station.invoke('handover:pending', undefined));
      const group = pending.groups.find((g) => g.courier === COURIER);
      expect(group?.pickupOption).toBe('EARLY_PICKUP');
      expect(group?.orders.map((o) => o.orderCode).sort()).toEqual([...codes].sort());
      awbs = (group?.orders ?? []).map((o) => o.trackingNumber ?? '');
      const tracked = await Promise.all(codes.map((c) => api.track(c)));
      expect([...awbs].sort()).toEqual(tracked.map((t) => t.tracking_number ?? '').sort());
      expect(tracked.every((t) => /^shipped$/i.test(t.order_status))).toBe(true);

      const key = { courier: COURIER, pickupOption: 'EARLY_PICKUP' as const };
      const job = await value(station.invoke('handover:printManifest', key));
      expect(job.printer).toBe(DOCUMENTS_QUEUE);
      expect(await decodePdfBarcodes(await documentBytes(job.jobId))).toEqual(awbs);

      // The dock: two boxes scanned (one by AWB, one by order code), one stray box, one not scanned.
      const scanned = [awbs[0].toLowerCase(), codes[1], 'STRAY-BOX-1'];
      const check = await value(station.invoke('handover:check', { ...key, scanned }));
      expect(check.unexpected).toEqual(['STRAY-BOX-1']);
      const missingCode = group?.orders[2].orderCode;
      expect(check.missing).toEqual([missingCode]);
      record = await value(station.invoke('handover:close', { ...key, scanned }));
      expect(record).toMatchObject({ courier: COURIER, pickupOption: 'EARLY_PICKUP', check });
      expect(record.closedBy).toMatch(/^(\S+ \((supervisor|packer)\)|Supervisor|Packer) at /);
      const csv = await value(station.invoke('handover:csv', { id: record.id }));
      for (const awb of awbs) expect(csv.csv).toContain(awb);
      expect((await readFile(csv.path, 'utf8')).split('\r\n')[0]).toContain('awb,order_code');
    } finally {
      await station.close();
    }
  });

  it('a closed handover survives a restart: kept in history, gone from the list, reprinted on purpose', async () => {
    const station = await open();
    try {
      const history = await value(station.invoke('handover:history', undefined));
      expect(history.find((h) => h.id === record.id)).toEqual(record);
      const pending = await value(station.invoke('handover:pending', undefined));
      expect(pending.groups.find((g) => g.courier === COURIER)).toBeUndefined();
      const again = await value(station.invoke('handover:reprint', { id: record.id }));
      expect(await decodePdfBarcodes(await documentBytes(again.jobId))).toEqual(awbs);
      // Closing what was already handed over is refused with words, not recorded twice.
      const twice = await station.invoke('handover:close', {
        courier: COURIER,
        pickupOption: 'EARLY_PICKUP',
        scanned: [],
      });
      expect(twice.ok).toBe(false);
      expect((await value(station.invoke('handover:history', undefined))).length).toBe(history.length);
    } finally {
      await station.close();
    }
  });

  it('prints the command sheet and the test page on the document printer', async () => {
    const station = await open();
    try {
      const sheet = await value(station.invoke('commands:printSheet', undefined));
      expect(sheet.jobId).toMatch(/^DOCUMENTS-\d+$/);
      expect((await documentBytes(sheet.jobId ?? '')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const page = await value(station.invoke('documents:testPage', undefined));
      expect(page.printer).toBe(DOCUMENTS_QUEUE);
      const slips = await value(
        station.invoke('documents:printSlips', { orderCodes: [...codes, 'NO-SUCH-ORDER'] }),
      );
      expect(slips.printed).toEqual(codes);
      expect(slips.missing.map((m) => m.orderCode)).toEqual(['NO-SUCH-ORDER']);
      expect(await decodePdfBarcodes(await documentBytes(slips.job.jobId))).toEqual(codes);
    } finally {
      await station.close();
    }
  });
});
