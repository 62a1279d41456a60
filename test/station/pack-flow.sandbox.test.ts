// The pack flow end to end against the real sandbox and client; only the printer is a recorder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditOf, control, FULL_PATH, newOrder, nextStep, onceStep, startBench, type Bench } from './harness';
import type { ScanOutcome } from '../../src/main/station/types';

let bench: Bench;
beforeEach(async () => {
  bench = await startBench();
});
afterEach(async () => {
  await bench.close();
});

describe('pack flow against the sandbox', () => {
  it('one scan takes a to_process order to shipped with exactly one print', async () => {
    const code = await newOrder(bench.api, 'PF-ONE');
    const outcome = await bench.flow.scan(code);
    expect(outcome).toMatchObject({
      kind: 'printed',
      orderCode: code,
      fromTray: false,
      pickupOption: 'MID_PICKUP',
    });
    expect(bench.printer.jobs).toEqual([
      expect.objectContaining({ orderCode: code, kind: 'label', head: '%PDF-' }),
    ]);

    await bench.flow.idle();
    expect(await auditOf(bench.sb, code)).toEqual(FULL_PATH);
    const steps = bench.events
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
    const labelRequests = await control<Array<{ order_code?: string }>>(bench.sb, '/label-requests');
    expect(labelRequests.length).toBeGreaterThan(0);
  });

  it('a second scan says already printed, never prints again by itself; reprint is explicit', async () => {
    const code = await newOrder(bench.api, 'PF-TWICE');
    await bench.flow.scan(code);
    await bench.flow.idle();
    const again = await bench.flow.scan(code);
    expect(again).toMatchObject({ kind: 'already_printed', reprint: { available: true, source: 'cache' } });
    expect(bench.printer.labels()).toEqual([code]);

    const reprint = await bench.flow.reprint(code);
    expect(reprint.ok).toBe(true);
    expect(bench.printer.labels()).toEqual([code, code]);
    expect(await auditOf(bench.sb, code)).toEqual(FULL_PATH);
  });

  it('with verification required, the label waits until every line is verified', async () => {
    bench.settings.verification = 'required';
    const code = await newOrder(bench.api, 'PF-VERIFY', [
      { name: 'Handuk', sku: 'SKU-A', unit_price: 15000, qty: 2 },
      { name: 'Sabun', sku: 'SKU-B', unit_price: 5000, qty: 1 },
    ]);
    const waiting = nextStep(bench, (e) => e.step === 'verify' && e.state === 'running');
    let settled: ScanOutcome | null = null;
    const scan = bench.flow.scan(code).then((o) => (settled = o));
    const verifyEvent = await waiting;
    expect(verifyEvent.detail?.lines).toEqual([
      { sku: 'SKU-A', name: 'Handuk', quantity: 2 },
      { sku: 'SKU-B', name: 'Sabun', quantity: 1 },
    ]);

    const partial = bench.flow.finishVerification(code, { 'SKU-A': 2 });
    expect(partial).toMatchObject({ ok: false, error: { kind: 'validation', step: 'verify' } });
    const over = bench.flow.finishVerification(code, { 'SKU-A': 3, 'SKU-B': 1 });
    expect(over.ok).toBe(false);
    const wrong = bench.flow.finishVerification(code, { 'SKU-A': 2, 'SKU-B': 1, 'SKU-X': 1 });
    expect(wrong.ok).toBe(false);
    // Still waiting: nothing packed, nothing printed.
    expect(await auditOf(bench.sb, code)).toEqual(['to_process>process']);
    expect(settled).toBeNull();
    expect(bench.printer.jobs).toEqual([]);

    expect(bench.flow.finishVerification(code, { 'SKU-A': 2, 'SKU-B': 1 }).ok).toBe(true);
    expect(await scan).toMatchObject({ kind: 'printed' });
    await bench.flow.idle();
    expect(await auditOf(bench.sb, code)).toEqual(FULL_PATH);
  });

  it('stops on an open cancellation request: nothing packed, nothing printed', async () => {
    const code = await newOrder(bench.api, 'PF-CANCELREQ');
    await control(bench.sb, '/cancel-request', {
      order_code: code,
      cancel_reason: 'changed mind',
    });
    const outcome = await bench.flow.scan(code);
    expect(outcome).toMatchObject({
      kind: 'stop',
      reason: 'cancel_requested',
      cancellation: { cancelBy: 'customer_request', cancelReason: 'changed mind' },
    });
    expect(outcome.kind === 'stop' && outcome.cancellation?.cancelSlaAt).toBeTruthy();
    expect(await auditOf(bench.sb, code)).toEqual([]);
    expect(bench.printer.jobs).toEqual([]);
  });

  it('a request opened mid-scan turns the 409 of set-packed into the same stop', async () => {
    bench.settings.verification = 'required';
    const code = await newOrder(bench.api, 'PF-CANCEL409');
    const waiting = nextStep(bench, (e) => e.step === 'verify' && e.state === 'running');
    const scan = bench.flow.scan(code);
    await waiting;
    await control(bench.sb, '/cancel-request', { order_code: code });
    bench.flow.finishVerification(code, { 'SKU-001': 1 });
    expect(await scan).toMatchObject({ kind: 'stop', reason: 'cancel_requested' });
    const packed = bench.events.find(
      (e) => e.orderCode === code && e.step === 'set_packed' && e.state === 'failed',
    );
    expect(packed?.error).toMatchObject({ kind: 'conflict', httpStatus: 409 });
    expect(await auditOf(bench.sb, code)).toEqual(['to_process>process']);
    expect(bench.printer.jobs).toEqual([]);
  });

  it('an order packed by another station first is reported, with a reprint offered, never printed', async () => {
    const code = await newOrder(bench.api, 'PF-MOVED');
    await bench.queue.refresh();
    await control(bench.sb, '/move', { order_code: code, to: 'packed' });
    const outcome = await bench.flow.scan(code);
    expect(outcome).toMatchObject({
      kind: 'packed_elsewhere',
      status: 'packed',
      reprint: { available: true },
    });
    expect(bench.printer.jobs).toEqual([]);
    expect(await auditOf(bench.sb, code)).toEqual(['to_process>packed']);
  });

  it('moved while the packer verifies: the 409 from set-packed reads as packed elsewhere', async () => {
    bench.settings.verification = 'required';
    const code = await newOrder(bench.api, 'PF-RACE');
    const waiting = nextStep(bench, (e) => e.step === 'verify' && e.state === 'running');
    const scan = bench.flow.scan(code);
    await waiting;
    await control(bench.sb, '/move', { order_code: code, to: 'shipped' });
    bench.flow.finishVerification(code, { 'SKU-001': 1 });
    expect(await scan).toMatchObject({ kind: 'packed_elsewhere', status: 'shipped' });
    expect(bench.printer.jobs).toEqual([]);
  });

  it('a new scan before the label printed sends it to the tray; re-scanning the order prints it', async () => {
    const first = await newOrder(bench.api, 'PF-LEFT');
    const second = await newOrder(bench.api, 'PF-NEXT');
    let secondScan: Promise<ScanOutcome> | null = null;
    // The packer scans the next box while the first label is still being fetched.
    onceStep(
      bench,
      (e) => e.orderCode === first && e.step === 'label' && e.state === 'running',
      () => {
        secondScan = bench.flow.scan(second);
      },
    );
    expect(await bench.flow.scan(first)).toMatchObject({ kind: 'to_tray', orderCode: first });
    expect(secondScan).not.toBeNull();
    expect(await secondScan).toMatchObject({ kind: 'printed', orderCode: second });
    expect(bench.printer.labels()).toEqual([second]);
    expect(bench.flow.tray().map((i) => i.orderCode)).toEqual([first]);
    await bench.flow.idle();
    expect(await auditOf(bench.sb, first)).toEqual(['to_process>process', 'process>packed']);

    expect(await bench.flow.scan(first)).toMatchObject({ kind: 'printed', orderCode: first, fromTray: true });
    expect(bench.printer.labels()).toEqual([second, first]);
    expect(bench.flow.tray()).toEqual([]);
    await bench.flow.idle();
    expect(await auditOf(bench.sb, first)).toEqual(FULL_PATH);
  });

  it('prints the tray on purpose, oldest first, each label after a separator slip naming its order', async () => {
    const [a, b, c] = await Promise.all(['PF-T1', 'PF-T2', 'PF-T3'].map((code) => newOrder(bench.api, code)));
    onceStep(
      bench,
      (e) => e.orderCode === a && e.step === 'label' && e.state === 'running',
      () => {
        onceStep(
          bench,
          (e) => e.orderCode === b && e.step === 'label' && e.state === 'running',
          () => {
            void bench.flow.scan(c);
          },
        );
        void bench.flow.scan(b);
      },
    );
    expect(await bench.flow.scan(a)).toMatchObject({ kind: 'to_tray' });
    await bench.flow.idle();
    await expect.poll(() => bench.flow.tray().map((i) => i.orderCode)).toEqual([a, b]);
    await expect.poll(() => bench.printer.labels()).toEqual([c]);

    const result = await bench.flow.printTray();
    expect(result).toEqual({ printed: [a, b], held: [] });
    expect(bench.printer.jobs.slice(1).map((j) => `${j.kind}:${j.orderCode}:${j.head}`)).toEqual([
      `separator:${a}:%PDF-`,
      `label:${a}:%PDF-`,
      `separator:${b}:%PDF-`,
      `label:${b}:%PDF-`,
    ]);
    await bench.flow.idle();
    expect(await auditOf(bench.sb, b)).toEqual(FULL_PATH);
    expect(bench.flow.tray()).toEqual([]);
  });

  it('going back to a box whose label is still being fetched prints it once and leaves the tray empty', async () => {
    const a = await newOrder(bench.api, 'PF-BACK-A');
    const b = await newOrder(bench.api, 'PF-BACK-B');
    const later: Array<Promise<ScanOutcome>> = [];
    onceStep(
      bench,
      (e) => e.orderCode === a && e.step === 'label' && e.state === 'running',
      () => {
        later.push(bench.flow.scan(b));
        later.push(bench.flow.scan(a));
      },
    );
    const first = await bench.flow.scan(a);
    const [bOutcome, again] = await Promise.all(later);
    expect(['to_tray', 'parked']).toContain(first.kind);
    expect(bOutcome).toMatchObject({ kind: 'parked', orderCode: b });
    expect(again).toMatchObject({ kind: 'printed', orderCode: a });
    await bench.flow.idle();
    await bench.flow.close();
    expect(bench.printer.labels()).toEqual([a]);
    expect(bench.flow.tray()).toEqual([]);
    expect(await auditOf(bench.sb, a)).toEqual(FULL_PATH);
    expect(await auditOf(bench.sb, b)).toEqual([]);
  });
});
