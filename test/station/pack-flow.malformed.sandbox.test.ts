// Malformed API replies at each packing step, against the sandbox's malformed mode: a server that answered
// something unreadable is not "offline". An unreadable read (detail, tracking, the shipping-label reply)
// stops the scan with an error naming the step and the request id; a write whose answer cannot be read
// has an unknown outcome that the outbox settles through tracking, and the scan says which step it was
// and the request id. Nothing prints for any of them, and nothing is applied twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ScanOutcome } from '../../src/main/station/types';
import type { MalformedEndpoint, MalformedShape } from '../support/sandbox';
import { setMalformed } from '../support/sandbox';
import { auditOf, control, FULL_PATH, newOrder, startFlowRig, TENANT, type FlowRig } from './harness';

const SHAPES: MalformedShape[] = ['html', 'truncated', 'wrong_types', 'error_envelope', 'huge', 'stall'];
const CLEAR = {
  replies: {
    detail: null,
    set_process: null,
    set_packed: null,
    shipping_label: null,
    ship: null,
    tracking: null,
  },
  label_file: null,
} as const;

let rig: FlowRig;
let n = 0;
beforeAll(async () => {
  rig = await startFlowRig({
    client: { timeouts: { bodyMs: 300, deadlineMs: 5_000 }, retry: { baseDelayMs: 10, maxDelayMs: 20 } },
  });
});
afterAll(() => rig.close());
beforeEach(async () => {
  await setMalformed(rig.sb, TENANT, CLEAR);
  await rig.flow.idle(20_000);
  rig.printer.jobs.length = 0;
});

const malformed = (endpoint: MalformedEndpoint, shape: MalformedShape) =>
  setMalformed(rig.sb, TENANT, { replies: { [endpoint]: shape } });

/** A fresh to_process order the work queue knows (cached before the fault). */
async function freshOrder(prefix: string): Promise<string> {
  const code = await newOrder(rig.api, `${prefix}-${++n}`);
  await rig.queue.refresh();
  return code;
}

function failedAt(outcome: ScanOutcome, step: string): { requestId: string | null; message: string } {
  expect(outcome).toMatchObject({ kind: 'failed', error: { kind: 'bad_response', step } });
  if (outcome.kind !== 'failed') throw new Error('not failed');
  expect(outcome.error.requestId).toMatch(/[0-9a-f-]{36}/);
  expect(outcome.error.message).toMatch(/cannot read/);
  return outcome.error;
}

describe('an unreadable read stops the scan with the step and the request id', () => {
  for (const shape of SHAPES) {
    it(`order detail: ${shape}`, async () => {
      const code = await freshOrder(`DET-${shape}`);
      // The buyer asks to cancel after the station cached the order: only a fresh detail can tell.
      await control(rig.sb, '/cancel-request', { order_code: code });
      await malformed('detail', shape);
      failedAt(await rig.flow.scan(code), 'resolve');
      expect(await auditOf(rig.sb, code)).toEqual([]);
      expect(rig.flow.tray()).toEqual([]);
      expect(rig.outbox.pendingFor(code)).toEqual([]);
      expect(rig.printer.jobs).toEqual([]);
    });
  }

  it('tracking, for an order the station does not list', async () => {
    const code = await freshOrder('TRK');
    await control(rig.sb, '/move', { order_code: code, to: 'shipped' });
    await rig.queue.refresh();
    await malformed('tracking', 'wrong_types');
    failedAt(await rig.flow.scan(code), 'resolve');
    expect(rig.printer.jobs).toEqual([]);
  });

  for (const shape of SHAPES) {
    it(`shipping-label reply: ${shape}`, async () => {
      const code = await freshOrder(`LBL-${shape}`);
      await malformed('shipping_label', shape);
      failedAt(await rig.flow.scan(code), 'label');
      expect(rig.flow.tray()).toEqual([]);
      expect(rig.printer.jobs).toEqual([]);
      // Packed once; a re-scan once the API answers properly picks up at the label and prints it once.
      await setMalformed(rig.sb, TENANT, CLEAR);
      expect(await rig.flow.scan(code)).toMatchObject({ kind: 'printed', orderCode: code });
      await rig.flow.idle(20_000);
      expect(await auditOf(rig.sb, code)).toEqual(FULL_PATH);
      expect(rig.printer.labels()).toEqual([code]);
    });
  }
});

describe('a label file that is not a label', () => {
  for (const file of ['html', 'huge'] as const) {
    it(`the label URL serves ${file === 'html' ? 'an HTML page' : 'a 12 MB file'}`, async () => {
      const code = await freshOrder(`PDF-${file}`);
      await setMalformed(rig.sb, TENANT, { label_file: file });
      const outcome = await rig.flow.scan(code);
      expect(outcome).toMatchObject({ kind: 'failed', error: { kind: 'label', step: 'label' } });
      expect(rig.flow.tray()).toEqual([]);
      expect(rig.printer.jobs).toEqual([]);
    });
  }
});

describe('a write whose answer cannot be read has an unknown outcome, settled through tracking', () => {
  for (const shape of SHAPES) {
    it(`set-process: ${shape}`, async () => {
      const code = await freshOrder(`SP-${shape}`);
      await malformed('set_process', shape);
      const error = failedAt(await rig.flow.scan(code), 'set_process');
      expect(error.message).toMatch(/Whether set-process was done is not known yet/);
      expect(rig.printer.jobs).toEqual([]);
      await rig.flow.idle(20_000);
      expect(await auditOf(rig.sb, code)).toEqual(FULL_PATH.slice(0, 1));
      expect(rig.outbox.pendingFor(code)).toEqual([]);
      expect(rig.printer.jobs).toEqual([]);
    });
  }

  for (const shape of SHAPES) {
    it(`set-packed: ${shape}`, async () => {
      const code = await freshOrder(`SK-${shape}`);
      await malformed('set_packed', shape);
      const outcome = await rig.flow.scan(code);
      expect(outcome).toMatchObject({
        kind: 'to_tray',
        reason: 'unreadable',
        error: { kind: 'bad_response', step: 'set_packed' },
      });
      expect(outcome.kind === 'to_tray' && outcome.error?.requestId).toMatch(/[0-9a-f-]{36}/);
      expect(outcome.kind === 'to_tray' && outcome.error?.message).toMatch(
        /cannot read.*Whether set-packed was done is not known yet/,
      );
      expect(rig.printer.jobs).toEqual([]);
      await rig.flow.idle(20_000);
      expect(await auditOf(rig.sb, code)).toEqual(FULL_PATH.slice(0, 2));
      expect(rig.flow.tray().map((i) => [i.orderCode, i.state])).toEqual([[code, 'ready']]);
      expect(rig.printer.jobs).toEqual([]);
      // Printed only on the re-scan, once; shipped once.
      await setMalformed(rig.sb, TENANT, CLEAR);
      expect(await rig.flow.scan(code)).toMatchObject({ kind: 'printed', fromTray: true });
      await rig.flow.idle(20_000);
      expect(await auditOf(rig.sb, code)).toEqual(FULL_PATH);
      expect(rig.printer.labels()).toEqual([code]);
    });
  }

  it('set-packed unreadable while tracking is unreadable too: it waits, unknown, until tracking answers', async () => {
    const code = await freshOrder('SKT');
    await setMalformed(rig.sb, TENANT, { replies: { set_packed: 'html', tracking: 'truncated' } });
    expect(await rig.flow.scan(code)).toMatchObject({ kind: 'to_tray', reason: 'unreadable' });
    // Tracking cannot tell: the step is never sent again blindly, nothing prints, the entry stays pending.
    await expect
      .poll(() => rig.outbox.pendingFor(code)[0]?.attempts ?? 0, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(rig.outbox.pendingFor(code).map((e) => [e.kind, e.state])).toEqual([['set_packed', 'queued']]);
    expect(await auditOf(rig.sb, code)).toEqual(FULL_PATH.slice(0, 2));
    expect(rig.printer.jobs).toEqual([]);
    await setMalformed(rig.sb, TENANT, CLEAR);
    await rig.flow.idle(20_000);
    expect(await auditOf(rig.sb, code)).toEqual(FULL_PATH.slice(0, 2));
    expect(rig.flow.tray().map((i) => [i.orderCode, i.state])).toEqual([[code, 'ready']]);
    expect(rig.printer.jobs).toEqual([]);
    await rig.flow.scan(code);
    await rig.flow.idle(20_000);
  });

  for (const shape of SHAPES) {
    it(`ship: ${shape}`, async () => {
      const code = await freshOrder(`SH-${shape}`);
      await malformed('ship', shape);
      expect(await rig.flow.scan(code)).toMatchObject({ kind: 'printed', orderCode: code });
      await rig.flow.idle(20_000);
      const ship = rig.events.filter((e) => e.orderCode === code && e.step === 'ship');
      const unreadable = ship.find((e) => e.error?.kind === 'bad_response');
      expect(unreadable?.error?.requestId).toMatch(/[0-9a-f-]{36}/);
      expect(ship.at(-1)?.state).toBe('done');
      expect(await auditOf(rig.sb, code)).toEqual(FULL_PATH);
      expect(rig.printer.labels()).toEqual([code]);
    });
  }
});
