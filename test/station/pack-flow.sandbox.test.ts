// The pack flow end to end against the real sandbox and client; only the printer is a recorder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  auditOf,
  control,
  FULL_PATH,
  newOrder,
  nextStep,
  onceStep,
  startFlowRig,
  type FlowRig,
} from './harness';
import type { ScanOutcome } from '../../src/main/station/types';

let rig: FlowRig;
beforeEach(async () => {
  rig = await startFlowRig();
});
afterEach(async () => {
  await rig.close();
});

describe('pack flow against the sandbox', () => {
  it('one scan takes a to_process order to shipped with exactly one print', async () => {
    const code = await newOrder(rig.api, 'PF-ONE');
    const outcome = await rig.flow.scan(code);
    expect(outcome).toMatchObject({
      kind: 'printed',
      orderCode: code,
      fromTray: false,
      pickupOption: 'MID_PICKUP',
    });
    expect(rig.printer.jobs).toEqual([
      expect.objectContaining({ orderCode: code, kind: 'label', head: '%PDF-' }),
    ]);

    await rig.flow.idle();
    expect(await auditOf(rig.sb, code)).toEqual(FULL_PATH);
    const steps = rig.events
      .filter((e) => e.orderCode === code && e.state !== 'running')
      .map((e) => `${e.step}:${e.state}`);
    expect(steps).toEqual([
      'resolve:done',
      'set_process:done',
      'verify:skipped',
      'set_packed:done',
      'label:done',
      'print:done',
      'mark_printed:done',
      'ship:done',
    ]);
    const labelRequests = await control<Array<{ order_code?: string }>>(rig.sb, '/label-requests');
    expect(labelRequests.length).toBeGreaterThan(0);
  });

  it('a second scan says already printed, never prints again by itself; reprint is explicit', async () => {
    const code = await newOrder(rig.api, 'PF-TWICE');
    await rig.flow.scan(code);
    await rig.flow.idle();
    const again = await rig.flow.scan(code);
    expect(again).toMatchObject({ kind: 'already_printed', reprint: { available: true, source: 'cache' } });
    expect(rig.printer.labels()).toEqual([code]);

    const reprint = await rig.flow.reprint(code);
    expect(reprint.ok).toBe(true);
    expect(rig.printer.labels()).toEqual([code, code]);
    expect(await auditOf(rig.sb, code)).toEqual(FULL_PATH);
  });

  it('with verification required, the label waits until every line is verified', async () => {
    rig.settings.verification = 'required';
    const code = await newOrder(rig.api, 'PF-VERIFY', [
      { name: 'Handuk', sku: 'SKU-A', unit_price: 15000, qty: 2 },
      { name: 'Sabun', sku: 'SKU-B', unit_price: 5000, qty: 1 },
    ]);
    const waiting = nextStep(rig, (e) => e.step === 'verify' && e.state === 'running');
    let settled: ScanOutcome | null = null;
    const scan = rig.flow.scan(code).then((o) => (settled = o));
    const verifyEvent = await waiting;
    expect(verifyEvent.detail?.lines).toEqual([
      { sku: 'SKU-A', name: 'Handuk', quantity: 2 },
      { sku: 'SKU-B', name: 'Sabun', quantity: 1 },
    ]);

    const partial = rig.flow.finishVerification(code, { 'SKU-A': 2 });
    expect(partial).toMatchObject({ ok: false, error: { kind: 'validation', step: 'verify' } });
    const over = rig.flow.finishVerification(code, { 'SKU-A': 3, 'SKU-B': 1 });
    expect(over.ok).toBe(false);
    const wrong = rig.flow.finishVerification(code, { 'SKU-A': 2, 'SKU-B': 1, 'SKU-X': 1 });
    expect(wrong.ok).toBe(false);
    // Still waiting: nothing packed, nothing printed.
    expect(await auditOf(rig.sb, code)).toEqual(['to_process>process']);
    expect(settled).toBeNull();
    expect(rig.printer.jobs).toEqual([]);

    expect(rig.flow.finishVerification(code, { 'SKU-A': 2, 'SKU-B': 1 }).ok).toBe(true);
    expect(await scan).toMatchObject({ kind: 'printed' });
    await rig.flow.idle();
    expect(await auditOf(rig.sb, code)).toEqual(FULL_PATH);
  });

  it('stops on an open cancellation request: nothing packed, nothing printed', async () => {
    const code = await newOrder(rig.api, 'PF-CANCELREQ');
    await control(rig.sb, '/cancel-request', {
      order_code: code,
      cancel_reason: 'changed mind',
    });
    const outcome = await rig.flow.scan(code);
    expect(outcome).toMatchObject({
      kind: 'stop',
      reason: 'cancel_requested',
      cancellation: { cancelBy: 'customer_request', cancelReason: 'changed mind' },
    });
    expect(outcome.kind === 'stop' && outcome.cancellation?.cancelSlaAt).toBeTruthy();
    expect(await auditOf(rig.sb, code)).toEqual([]);
    expect(rig.printer.jobs).toEqual([]);
  });

  it('a request opened mid-scan turns the 409 of set-packed into the same stop', async () => {
    rig.settings.verification = 'required';
    const code = await newOrder(rig.api, 'PF-CANCEL409');
    const waiting = nextStep(rig, (e) => e.step === 'verify' && e.state === 'running');
    const scan = rig.flow.scan(code);
    await waiting;
    await control(rig.sb, '/cancel-request', { order_code: code });
    rig.flow.finishVerification(code, { 'SKU-001': 1 });
    expect(await scan).toMatchObject({ kind: 'stop', reason: 'cancel_requested' });
    const packed = rig.events.find(
      (e) => e.orderCode === code && e.step === 'set_packed' && e.state === 'failed',
    );
    expect(packed?.error).toMatchObject({ kind: 'conflict', httpStatus: 409 });
    expect(await auditOf(rig.sb, code)).toEqual(['to_process>process']);
    expect(rig.printer.jobs).toEqual([]);
  });

  it('an order packed by another station first is reported, with a reprint offered, never printed', async () => {
    const code = await newOrder(rig.api, 'PF-MOVED');
    await rig.queue.refresh();
    await control(rig.sb, '/move', { order_code: code, to: 'packed' });
    const outcome = await rig.flow.scan(code);
    expect(outcome).toMatchObject({
      kind: 'packed_elsewhere',
      status: 'packed',
      reprint: { available: true },
    });
    expect(rig.printer.jobs).toEqual([]);
    expect(await auditOf(rig.sb, code)).toEqual(['to_process>packed']);
  });

  it('moved while the packer verifies: the 409 from set-packed reads as packed elsewhere', async () => {
    rig.settings.verification = 'required';
    const code = await newOrder(rig.api, 'PF-RACE');
    const waiting = nextStep(rig, (e) => e.step === 'verify' && e.state === 'running');
    const scan = rig.flow.scan(code);
    await waiting;
    await control(rig.sb, '/move', { order_code: code, to: 'shipped' });
    rig.flow.finishVerification(code, { 'SKU-001': 1 });
    expect(await scan).toMatchObject({ kind: 'packed_elsewhere', status: 'shipped' });
    expect(rig.printer.jobs).toEqual([]);
  });

  it('a new scan before the label printed sends it to the tray; re-scanning the order prints it', async () => {
    const first = await newOrder(rig.api, 'PF-LEFT');
    const second = await newOrder(rig.api, 'PF-NEXT');
    let secondScan: Promise<ScanOutcome> | null = null;
    // The packer scans the next box while the first label is still being fetched.
    onceStep(
      rig,
      (e) => e.orderCode === first && e.step === 'label' && e.state === 'running',
      () => {
        secondScan = rig.flow.scan(second);
      },
    );
    expect(await rig.flow.scan(first)).toMatchObject({ kind: 'to_tray', orderCode: first });
    expect(secondScan).not.toBeNull();
    expect(await secondScan).toMatchObject({ kind: 'printed', orderCode: second });
    expect(rig.printer.labels()).toEqual([second]);
    expect(rig.flow.tray().map((i) => i.orderCode)).toEqual([first]);
    await rig.flow.idle();
    expect(await auditOf(rig.sb, first)).toEqual(['to_process>process', 'process>packed']);

    expect(await rig.flow.scan(first)).toMatchObject({ kind: 'printed', orderCode: first, fromTray: true });
    expect(rig.printer.labels()).toEqual([second, first]);
    expect(rig.flow.tray()).toEqual([]);
    await rig.flow.idle();
    expect(await auditOf(rig.sb, first)).toEqual(FULL_PATH);
  });

  it('prints the tray on purpose, oldest first, each label after a separator slip naming its order', async () => {
    const [a, b, c] = await Promise.all(['PF-T1', 'PF-T2', 'PF-T3'].map((code) => newOrder(rig.api, code)));
    onceStep(
      rig,
      (e) => e.orderCode === a && e.step === 'label' && e.state === 'running',
      () => {
        onceStep(
          rig,
          (e) => e.orderCode === b && e.step === 'label' && e.state === 'running',
          () => {
            void rig.flow.scan(c);
          },
        );
        void rig.flow.scan(b);
      },
    );
    expect(await rig.flow.scan(a)).toMatchObject({ kind: 'to_tray' });
    await rig.flow.idle();
    await expect.poll(() => rig.flow.tray().map((i) => i.orderCode)).toEqual([a, b]);
    await expect.poll(() => rig.printer.labels()).toEqual([c]);

    const result = await rig.flow.printTray();
    expect(result).toEqual({ printed: [a, b], held: [] });
    expect(rig.printer.jobs.slice(1).map((j) => `${j.kind}:${j.orderCode}:${j.head}`)).toEqual([
      `separator:${a}:%PDF-`,
      `label:${a}:%PDF-`,
      `separator:${b}:%PDF-`,
      `label:${b}:%PDF-`,
    ]);
    await rig.flow.idle();
    expect(await auditOf(rig.sb, b)).toEqual(FULL_PATH);
    expect(rig.flow.tray()).toEqual([]);
  });

  it('going back to a box whose label is still being fetched prints it once and leaves the tray empty', async () => {
    const a = await newOrder(rig.api, 'PF-BACK-A');
    const b = await newOrder(rig.api, 'PF-BACK-B');
    const later: Array<Promise<ScanOutcome>> = [];
    onceStep(
      rig,
      (e) => e.orderCode === a && e.step === 'label' && e.state === 'running',
      () => {
        later.push(rig.flow.scan(b));
        later.push(rig.flow.scan(a));
      },
    );
    const first = await rig.flow.scan(a);
    const [bOutcome, again] = await Promise.all(later);
    expect(['to_tray', 'parked']).toContain(first.kind);
    expect(bOutcome).toMatchObject({ kind: 'parked', orderCode: b });
    expect(again).toMatchObject({ kind: 'printed', orderCode: a });
    await rig.flow.idle();
    await rig.flow.close();
    expect(rig.printer.labels()).toEqual([a]);
    expect(rig.flow.tray()).toEqual([]);
    expect(await auditOf(rig.sb, a)).toEqual(FULL_PATH);
    expect(await auditOf(rig.sb, b)).toEqual([]);
  });
});
