// The packer's commands around a scan (pickup option, cancel current, confirm label) and scans of orders
// the work queue does not know, against the real sandbox and client.
import { afterEach, describe, expect, it } from 'vitest';
import { auditOf, control, FULL_PATH, newOrder, nextStep, startFlowRig, type FlowRig } from './harness';

let rig: FlowRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const verifying = (b: FlowRig, code: string) =>
  nextStep(b, (e) => e.orderCode === code && e.step === 'verify' && e.state === 'running');

describe('pack flow commands against the sandbox', () => {
  it('the next-pickup-option command changes the option this order is packed with', async () => {
    const b = (rig = await startFlowRig());
    b.settings.verification = 'on';
    const code = await newOrder(b.api, 'PC-PICKUP');
    const waiting = verifying(b, code);
    const scan = b.flow.scan(code);
    await waiting;
    expect(b.flow.nextPickupOption()).toEqual({ ok: true, value: 'EARLY_PICKUP' });
    expect(b.flow.finishVerification(code, { 'SKU-001': 1 }).ok).toBe(true);
    expect(await scan).toMatchObject({ kind: 'printed', pickupOption: 'EARLY_PICKUP' });
    const packed = b.events.find(
      (e) => e.orderCode === code && e.step === 'set_packed' && e.state === 'done',
    );
    expect(packed?.detail?.pickupOption).toBe('EARLY_PICKUP');
  });

  it('cancel current order parks it before packing; a re-scan carries on from process', async () => {
    const b = (rig = await startFlowRig());
    b.settings.verification = 'required';
    const code = await newOrder(b.api, 'PC-PARK');
    const waiting = verifying(b, code);
    const scan = b.flow.scan(code);
    await waiting;
    expect(b.flow.cancelCurrent()).toBe(true);
    expect(await scan).toMatchObject({ kind: 'parked' });
    expect(await auditOf(b.sb, code)).toEqual(['to_process>process']);
    expect(b.flow.tray()).toEqual([]);

    const again = verifying(b, code);
    const rescan = b.flow.scan(code);
    await again;
    b.flow.finishVerification(code, { 'SKU-001': 1 });
    expect(await rescan).toMatchObject({ kind: 'printed' });
    const skipped = b.events
      .filter((e) => e.orderCode === code && e.step === 'set_process')
      .map((e) => e.state);
    expect(skipped).toEqual(['running', 'done', 'skipped']);
    await b.flow.idle();
    expect(await auditOf(b.sb, code)).toEqual(FULL_PATH);
    expect(b.printer.labels()).toEqual([code]);
  });

  it('confirm-label mode ships only after the label’s own tracking barcode is scanned', async () => {
    const b = (rig = await startFlowRig());
    b.settings.confirmLabel = true;
    const code = await newOrder(b.api, 'PC-CONFIRM');
    expect(await b.flow.scan(code)).toMatchObject({ kind: 'printed' });
    await b.flow.idle();
    expect(await auditOf(b.sb, code)).toEqual(['to_process>process', 'process>packed']);

    const wrong = await b.flow.confirmLabel(code, 'NOT-THE-AWB');
    expect(wrong).toMatchObject({ ok: false, error: { step: 'ship' } });
    const tracking = (await b.api.track(code)).tracking_number;
    expect(tracking).toBeTruthy();
    expect(await b.flow.confirmLabel(code, ` ${tracking} `)).toEqual({
      ok: true,
      value: { confirmed: true, orderCode: code },
    });
    await b.flow.idle();
    expect(await auditOf(b.sb, code)).toEqual(FULL_PATH);
    expect((await b.flow.confirmLabel(code, tracking ?? '')).ok).toBe(false);
  });

  it('a label printed before a restart is still waiting after it, and its tracking barcode alone ships it', async () => {
    const b = (rig = await startFlowRig());
    b.settings.confirmLabel = true;
    const [first, second] = [await newOrder(b.api, 'PC-CONF-R1'), await newOrder(b.api, 'PC-CONF-R2')];
    expect(await b.flow.scan(first)).toMatchObject({ kind: 'printed' });
    expect(await b.flow.scan(second)).toMatchObject({ kind: 'printed' });
    await b.flow.idle();
    await b.restart();
    b.settings.confirmLabel = true;
    // No order in hand: a barcode that is no waiting label's answers "none", so the screen treats it as a scan.
    expect(await b.flow.confirmLabel(null, 'NOT-AN-AWB')).toEqual({
      ok: true,
      value: { confirmed: false, orderCode: null },
    });
    const tracking = (await b.api.track(first)).tracking_number ?? '';
    expect(await b.flow.confirmLabel(null, tracking)).toEqual({
      ok: true,
      value: { confirmed: true, orderCode: first },
    });
    await b.flow.idle();
    expect(await auditOf(b.sb, first)).toEqual(FULL_PATH);
    expect(await auditOf(b.sb, second)).toEqual(['to_process>process', 'process>packed']);
    // Confirmed once: after another restart only the second still waits.
    await b.restart();
    expect((await b.flow.confirmLabel(first, tracking)).ok).toBe(false);
    expect(b.printer.labels()).toEqual([first, second]);
  });

  it('an order the work queue does not know goes ahead with its status from tracking', async () => {
    const b = (rig = await startFlowRig({
      orders: (queue) => ({
        resolve: async () => null,
        refreshDetail: async () => null,
        noteStatus: (c, s) => queue.noteStatus(c, s),
      }),
    }));
    const code = await newOrder(b.api, 'PC-UNSYNCED');
    const outcome = await b.flow.scan(code);
    expect(outcome).toMatchObject({ kind: 'printed' });
    expect(b.events.find((e) => e.step === 'resolve' && e.state === 'done')?.detail).toEqual({
      status: 'to_process',
      source: 'tracking',
    });
    await b.flow.idle();
    expect(await auditOf(b.sb, code)).toEqual(FULL_PATH);
  });

  it('a code nobody knows fails at resolve, in words, with the request id', async () => {
    const b = (rig = await startFlowRig());
    const outcome = await b.flow.scan('NO-SUCH-BOX');
    expect(outcome).toMatchObject({
      kind: 'failed',
      error: { kind: 'not_found', step: 'resolve', httpStatus: 404 },
    });
    expect(outcome.kind === 'failed' && outcome.error.requestId).toBeTruthy();
    expect(b.printer.jobs).toEqual([]);
  });

  it('a fake order is stopped before anything is packed', async () => {
    const b = (rig = await startFlowRig());
    const rows = (await b.api.listOrders({ status: 'All', per_page: 100 })).data;
    const fake = rows.find((r) => r.is_fake && !r.fulfill_by_mp);
    expect(fake).toBeDefined();
    const code = fake?.order_code ?? '';
    await control(b.sb, '/move', { order_code: code, to: 'to_process' });
    const before = await auditOf(b.sb, code);
    expect(await b.flow.scan(code)).toMatchObject({ kind: 'stop', reason: 'fake' });
    expect(await auditOf(b.sb, code)).toEqual(before);
    expect(b.printer.jobs).toEqual([]);
  });

  it('an empty scan is refused in words', async () => {
    const b = (rig = await startFlowRig());
    expect(await b.flow.scan('  \t')).toMatchObject({ kind: 'failed', error: { kind: 'invalid_input' } });
  });
});

describe('after the print, when the journal failed', () => {
  it('a re-scan of a printed, still packed order journals mark-printed and ship, printing nothing', async () => {
    const b = (rig = await startFlowRig());
    const code = await newOrder(b.api, 'PC-RESUME');
    const enqueue = b.outbox.enqueue.bind(b.outbox);
    b.outbox.enqueue = () => Promise.reject(new Error('disk full'));
    expect(await b.flow.scan(code)).toMatchObject({ kind: 'printed' });
    await b.flow.idle();
    const markFailed = b.events.find((e) => e.orderCode === code && e.step === 'mark_printed');
    expect(markFailed).toMatchObject({ state: 'failed', error: { kind: 'internal' } });
    expect(await auditOf(b.sb, code)).toEqual(['to_process>process', 'process>packed']);

    b.outbox.enqueue = enqueue;
    expect(await b.flow.scan(code)).toMatchObject({ kind: 'already_printed' });
    await b.flow.idle();
    expect(await auditOf(b.sb, code)).toEqual(FULL_PATH);
    expect(b.printer.labels()).toEqual([code]);
  });
});
