// Offline scans against the real sandbox and client, with the API cut by the sandbox's drop knob (every
// public request's connection destroyed): boxes are packed as far as they can be, labels wait in the tray
// and print only on a re-scan or "print tray" once the API is back; nothing is lost over a restart.
import { afterEach, describe, expect, it } from 'vitest';
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

let rig: FlowRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const cut = (b: FlowRig) => control(b.sb, '/faults', { drop_rate: 1 });
const restore = (b: FlowRig) => control(b.sb, '/faults', { drop_rate: 0, latency_ms: 0 });

function stepStates(b: FlowRig, code: string, step: string): string[] {
  return b.events.filter((e) => e.orderCode === code && e.step === step).map((e) => e.state);
}

async function newOrders(b: FlowRig, prefix: string, n: number): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 1; i <= n; i++) codes.push(await newOrder(b.api, `${prefix}-${i}`));
  await b.queue.refresh(); // the work queue synced before the cut
  return codes;
}

describe('pack flow offline', () => {
  it('packs offline into the tray, replays when the API is back, prints only on purpose', async () => {
    const b = (rig = await startFlowRig());
    const codes = await newOrders(b, 'OFF', 5);
    await cut(b);

    for (const code of codes) {
      expect(await b.flow.scan(code)).toMatchObject({ kind: 'to_tray', reason: 'offline', orderCode: code });
      expect(stepStates(b, code, 'set_process')).toEqual(['running', 'queued']);
      expect(stepStates(b, code, 'set_packed')).toEqual(['running', 'queued']);
      expect(b.outbox.pendingFor(code).map((e) => e.kind)).toEqual(['set_process', 'set_packed']);
    }
    expect(b.flow.tray().map((i) => [i.orderCode, i.state])).toEqual(codes.map((c) => [c, 'waiting_label']));
    expect(b.printer.jobs).toEqual([]);
    // Known offline: no label can come, so the printer is not checked ahead either.
    expect(b.printer.prepared).toEqual([]);

    // A re-scan while the label is still waiting says so and prints nothing.
    const early = await b.flow.scan(codes[0] ?? '');
    expect(early).toMatchObject({ kind: 'failed', error: { kind: 'offline', step: 'label' } });
    expect(early.kind === 'failed' && early.error.message).toContain(
      'its label will be fetched when the Orders API is back',
    );
    const held = await b.flow.printTray();
    expect(held).toEqual({
      printed: [],
      held: codes.map((orderCode) => ({ orderCode, reason: 'waiting_label' })),
    });
    expect(b.printer.jobs).toEqual([]);

    await restore(b);
    await b.flow.idle(20_000);
    for (const code of codes) expect(await auditOf(b.sb, code)).toEqual(FULL_PATH.slice(0, 2));
    expect(b.flow.tray().map((i) => [i.orderCode, i.state])).toEqual(codes.map((c) => [c, 'ready']));
    expect(b.printer.jobs).toEqual([]);
    expect(stepStates(b, codes[1] ?? '', 'set_packed').at(-1)).toBe('done');

    const [r1, r2, r3, t1, t2] = codes as [string, string, string, string, string];
    for (const code of [r3, r1, r2]) {
      expect(await b.flow.scan(code)).toMatchObject({ kind: 'printed', orderCode: code, fromTray: true });
    }
    expect(b.printer.labels()).toEqual([r3, r1, r2]);
    await b.flow.idle(20_000);
    for (const code of [r1, r2, r3]) expect(await auditOf(b.sb, code)).toEqual(FULL_PATH);
    for (const code of [t1, t2]) expect(await auditOf(b.sb, code)).toEqual(FULL_PATH.slice(0, 2));

    expect(await b.flow.printTray()).toEqual({ printed: [t1, t2], held: [] });
    expect(b.printer.jobs.slice(3).map((j) => `${j.kind}:${j.orderCode}:${j.head}`)).toEqual([
      `separator:${t1}:%PDF-`,
      `label:${t1}:%PDF-`,
      `separator:${t2}:%PDF-`,
      `label:${t2}:%PDF-`,
    ]);
    await b.flow.idle(20_000);
    for (const code of codes) expect(await auditOf(b.sb, code)).toEqual(FULL_PATH);
    expect(b.printer.labels().sort()).toEqual([...codes].sort());
    expect(b.flow.tray()).toEqual([]);
  });

  it('a restart mid-way keeps the tray and the queued actions', async () => {
    const b = (rig = await startFlowRig());
    const [a, c] = (await newOrders(b, 'OFF-RS', 2)) as [string, string];
    await cut(b);
    for (const code of [a, c]) expect(await b.flow.scan(code)).toMatchObject({ kind: 'to_tray' });

    await b.restart();
    expect(b.flow.tray().map((i) => [i.orderCode, i.state])).toEqual([
      [a, 'waiting_label'],
      [c, 'waiting_label'],
    ]);
    for (const code of [a, c]) {
      expect(b.outbox.pendingFor(code).map((e) => e.kind)).toEqual(['set_process', 'set_packed']);
    }

    await restore(b);
    await b.flow.idle(20_000);
    expect(b.flow.tray().map((i) => i.state)).toEqual(['ready', 'ready']);
    expect(b.printer.jobs).toEqual([]);
    expect(await b.flow.scan(c)).toMatchObject({ kind: 'printed', fromTray: true });
    expect(await b.flow.printTray()).toEqual({ printed: [a], held: [] });
    await b.flow.idle(20_000);
    for (const code of [a, c]) expect(await auditOf(b.sb, code)).toEqual(FULL_PATH);
    expect(b.printer.labels()).toEqual([c, a]);
  });

  it('an order cancelled elsewhere while its set-packed was queued is stopped and never printed', async () => {
    const b = (rig = await startFlowRig());
    const [code] = (await newOrders(b, 'OFF-CX', 1)) as [string];
    await cut(b);
    expect(await b.flow.scan(code)).toMatchObject({ kind: 'to_tray', reason: 'offline' });
    await control(b.sb, '/move', { order_code: code, to: 'cancelled' });

    await restore(b);
    await b.flow.idle(20_000);
    const packed = b.events.filter((e) => e.orderCode === code && e.step === 'set_packed').at(-1);
    expect(packed).toMatchObject({
      state: 'failed',
      error: { kind: 'conflict', currentStatus: 'cancelled' },
    });
    expect(
      b.outbox
        .list()
        .filter((e) => e.orderCode === code)
        .map((e) => e.state),
    ).toEqual(['stopped', 'stopped']);
    expect(b.flow.tray()).toEqual([]);

    expect(await b.flow.scan(code)).toMatchObject({ kind: 'stop', reason: 'cancelled' });
    expect(await b.flow.printTray()).toEqual({ printed: [], held: [] });
    expect(b.printer.jobs).toEqual([]);
    expect(await auditOf(b.sb, code)).toEqual(['to_process>cancelled']);
  });

  it('an order this station does not know cannot be scanned offline, and says why', async () => {
    const b = (rig = await startFlowRig());
    await newOrders(b, 'OFF-K', 1);
    await cut(b);
    const outcome = await b.flow.scan('NEVER-SYNCED-1');
    expect(outcome).toMatchObject({ kind: 'failed', error: { kind: 'offline', step: 'resolve' } });
    expect(outcome.kind === 'failed' && outcome.error.message).toBe(
      "Order NEVER-SYNCED-1 is not in this station's list and the Orders API cannot be reached.",
    );
    expect(b.printer.jobs).toEqual([]);
    expect(b.outbox.list()).toEqual([]);
  });

  it('packed, then the API drops before the label: the label waits and is fetched once the API is back', async () => {
    const b = (rig = await startFlowRig());
    const [code] = (await newOrders(b, 'OFF-LBL', 1)) as [string];
    // Every request waits a moment before its fault roll, so the cut lands between set-packed and label.
    await control(b.sb, '/faults', { latency_ms: 100 });
    const cutting: Array<Promise<unknown>> = [];
    onceStep(
      b,
      (e) => e.orderCode === code && e.step === 'set_packed' && e.state === 'done',
      () => cutting.push(cut(b)),
    );
    expect(await b.flow.scan(code)).toMatchObject({ kind: 'to_tray', reason: 'offline' });
    await Promise.all(cutting);
    expect(stepStates(b, code, 'label')).toEqual(['running', 'failed']);
    expect(b.flow.tray().map((i) => i.state)).toEqual(['waiting_label']);
    expect(await auditOf(b.sb, code)).toEqual(FULL_PATH.slice(0, 2));

    await restore(b);
    await expect.poll(() => b.flow.tray().map((i) => i.state), { timeout: 10_000 }).toEqual(['ready']);
    expect(b.printer.jobs).toEqual([]);
    expect(await b.flow.scan(code)).toMatchObject({ kind: 'printed', fromTray: true });
    await b.flow.idle(20_000);
    expect(await auditOf(b.sb, code)).toEqual(FULL_PATH);
    expect(b.printer.labels()).toEqual([code]);
  });

  it('offline, the items are still checked against the cached detail before set-packed is queued', async () => {
    const b = (rig = await startFlowRig());
    b.settings.verification = 'required';
    const code = await newOrder(b.api, 'OFF-VERIFY', [
      { name: 'Handuk', sku: 'SKU-A', unit_price: 15000, qty: 2 },
    ]);
    await b.queue.refresh();
    await cut(b);
    const verifying = nextStep(
      b,
      (e) => e.orderCode === code && e.step === 'verify' && e.state === 'running',
    );
    const scan = b.flow.scan(code);
    expect((await verifying).detail?.lines).toEqual([{ sku: 'SKU-A', name: 'Handuk', quantity: 2 }]);
    expect(b.flow.finishVerification(code, { 'SKU-A': 1 }).ok).toBe(false);
    expect(b.outbox.pendingFor(code).map((e) => e.kind)).toEqual(['set_process']);
    expect(b.flow.finishVerification(code, { 'SKU-A': 2 }).ok).toBe(true);
    expect(await scan).toMatchObject({ kind: 'to_tray', reason: 'offline' });
    expect(b.outbox.pendingFor(code).map((e) => e.kind)).toEqual(['set_process', 'set_packed']);
    expect(b.printer.jobs).toEqual([]);
  });
});
