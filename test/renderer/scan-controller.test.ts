// @vitest-environment jsdom
// The Pack screen's scan precedence with the stores and a recording StationApi (the renderer's boundary).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorInfo, Result } from '../../src/shared/errors';
import type { OrderView, ScanOutcome } from '../../src/shared/station';

const calls: { method: string; arg: unknown }[] = [];
let scanAnswer: (code: string) => Result<ScanOutcome> = (code) => ({
  ok: true,
  value: {
    kind: 'printed',
    orderCode: code,
    scanId: `s-${code}`,
    job: { jobId: 'J1', printer: 'P' },
    fromTray: false,
    pickupOption: null,
  },
});

function record(method: string) {
  return async (arg?: unknown) => {
    calls.push({ method, arg });
    if (method === 'flow.scan') return scanAnswer((arg as { code: string }).code);
    if (method === 'flow.finishVerification')
      return { ok: true, value: { accepted: true, complete: true, problems: [] } };
    if (method === 'tray.list') return { ok: true, value: [] };
    if (method === 'people.badge') return { ok: true, value: { id: 'p1', name: 'Ani' } };
    if (method === 'people.end') return { ok: true, value: { ended: true } };
    if (method === 'shift.get')
      return { ok: true, value: { shiftStart: '', packed: 0, perHour: 0, avgSecondsPerOrder: null } };
    if (method === 'flow.confirmLabel') {
      // Main's answer: a waiting label matches an AWB-… barcode; anything else is no label's.
      const { orderCode, tracking } = arg as { orderCode?: string; tracking: string };
      const match = orderCode ?? (tracking.startsWith('AWB') ? 'ORD7' : null);
      return { ok: true, value: { confirmed: match !== null, orderCode: match } };
    }
    if (method === 'search.byTracking') {
      // Main's answer: TRK-… barcodes are the AWB of order ORD9; anything else is nobody's.
      const { tracking } = arg as { tracking: string };
      return { ok: true, value: tracking.startsWith('TRK-') ? { orderCode: 'ORD9' } : null };
    }
    return { ok: true, value: null };
  };
}

vi.mock('../../src/renderer/src/app/station', () => ({
  station: {
    flow: {
      scan: record('flow.scan'),
      finishVerification: record('flow.finishVerification'),
      cancelCurrent: record('flow.cancelCurrent'),
      nextPickupOption: record('flow.nextPickupOption'),
      reprint: record('flow.reprint'),
      reprintLast: record('flow.reprintLast'),
      confirmLabel: record('flow.confirmLabel'),
    },
    tray: { list: record('tray.list'), print: record('tray.print') },
    shift: { get: record('shift.get') },
    people: { badge: record('people.badge'), end: record('people.end'), pick: record('people.pick') },
    search: { byTracking: record('search.byTracking') },
  },
}));
vi.mock('../../src/renderer/src/sound/tones', () => ({
  playTone: (name: string) => calls.push({ method: 'tone', arg: name }),
}));

const { handleScan } = await import('../../src/renderer/src/pack/scan-controller');
const { flowActions, flowSnapshot } = await import('../../src/renderer/src/pack/flow-store');
const { appActions } = await import('../../src/renderer/src/app/app-store');

const methods = (): string[] => calls.filter((c) => c.method !== 'tone').map((c) => c.method);
const tones = (): unknown[] => calls.filter((c) => c.method === 'tone').map((c) => c.arg);

function order(code: string, lines: { sku: string; quantity: number }[]): OrderView {
  return {
    orderId: 1,
    orderCode: code,
    status: 'process',
    statusLabel: 'In Process',
    externalStatus: null,
    storeName: null,
    channel: null,
    recipientName: null,
    recipientCity: null,
    recipientProvince: null,
    postalCode: null,
    carrier: null,
    service: null,
    trackingNumber: null,
    paymentType: null,
    codAmount: null,
    grandTotal: null,
    currency: 'IDR',
    lines: lines.map((l, i) => ({
      orderDetailId: i + 1,
      sku: l.sku,
      name: null,
      quantity: l.quantity,
      isCancel: false,
      price: '1.00',
      currency: 'IDR',
    })),
    cancelRequest: null,
    fulfillByMp: false,
    isFake: false,
  };
}

const someError: ErrorInfo = {
  kind: 'not_found',
  message: 'Order X is not known',
  retryable: false,
  requestId: 'r-1',
  httpStatus: 404,
};

beforeEach(() => {
  calls.length = 0;
  flowActions.acknowledge();
  flowActions.clearCurrent();
  flowActions.proposeSwitch(null);
  appActions.setOrderCodes(['ORD1', 'ORD2']);
});

describe('scan precedence on the Pack screen', () => {
  it('an order code starts the flow and the outcome lands on the current order', async () => {
    await handleScan('ORD1');
    expect(methods()).toContain('flow.scan');
    expect(flowSnapshot().current?.outcome?.kind).toBe('printed');
    expect(tones()).toContain('ok');
  });

  it('after a scan nothing is pulled: the tray and the shift counters arrive as events', async () => {
    await handleScan('ORD1');
    await new Promise((r) => setTimeout(r, 0));
    expect(methods()).toEqual(['flow.scan']);
  });

  it('a scan with an invisible character never reaches main and is refused in words (issue 8)', async () => {
    for (const code of ['ORD1\u00a0', '\ufeffORD1', 'ORD1\u200b', 'ORD1\u3000']) {
      calls.length = 0;
      flowActions.acknowledge();
      await handleScan(code);
      expect(methods(), JSON.stringify(code)).toEqual([]);
      const alert = flowSnapshot().alert;
      expect(alert && 'error' in alert ? alert.error.message : null).toMatch(
        /^scan_invisible:U\+[0-9A-F]{4}$/,
      );
      expect(tones()).toContain('error');
    }
  });

  it('while an error shows, a scan is refused (error tone) and never reaches main; ACK clears it', async () => {
    flowActions.error(someError, 'X');
    await handleScan('ORD2');
    expect(methods()).toEqual([]);
    expect(tones()).toEqual(['error']);
    expect(flowSnapshot().refusedAt).toBeGreaterThan(0);
    await handleScan('%%PS-ACK');
    expect(flowSnapshot().alert).toBeNull();
    await handleScan('ORD2');
    expect(methods()).toContain('flow.scan');
  });

  it('every read is shown raw, the refused one too, with a count that only goes up', async () => {
    const start = flowSnapshot().lastRead?.seq ?? 0;
    flowActions.error(someError, 'X');
    await handleScan('ORD-GARBLED?');
    expect(flowSnapshot().lastRead).toEqual({ code: 'ORD-GARBLED?', seq: start + 1 });
    await handleScan('%%PS-ACK');
    expect(flowSnapshot().lastRead).toEqual({ code: '%%PS-ACK', seq: start + 2 });
  });

  it('during verification an item counts, a wrong item is loud, another order asks before switching', async () => {
    flowActions.scanStarted('ORD1');
    flowActions.orderResolved({
      scanId: 's1',
      order: order('ORD1', [{ sku: 'SKU-A', quantity: 2 }]),
      verify: true,
    });
    await handleScan('SKU-A');
    expect(flowSnapshot().current?.verification?.lines[0].counted).toBe(1);
    expect(tones()).toEqual(['item']);
    await handleScan('NOT-IN-BOX');
    expect(flowSnapshot().alert?.kind).toBe('error');
    flowActions.acknowledge();
    await handleScan('ORD2');
    expect(flowSnapshot().pendingSwitch).toBe('ORD2');
    expect(methods()).not.toContain('flow.scan');
  });

  it('the last item finishes verification with counts per SKU', async () => {
    flowActions.scanStarted('ORD1');
    flowActions.orderResolved({
      scanId: 's1',
      order: order('ORD1', [
        { sku: 'SKU-A', quantity: 1 },
        { sku: 'SKU-B', quantity: 1 },
      ]),
      verify: true,
    });
    await handleScan('SKU-A');
    await handleScan('SKU-B');
    const finish = calls.find((c) => c.method === 'flow.finishVerification');
    expect(finish?.arg).toEqual({ orderCode: 'ORD1', counts: { 'SKU-A': 1, 'SKU-B': 1 } });
  });

  it('in confirm-label mode the scan after the print is the tracking barcode, not a new order', async () => {
    appActions.setSettings({ confirmLabel: true } as never);
    await handleScan('ORD1');
    await handleScan('TRK-123');
    expect(calls.find((c) => c.method === 'flow.confirmLabel')?.arg).toEqual({
      orderCode: 'ORD1',
      tracking: 'TRK-123',
    });
    appActions.setSettings({ confirmLabel: false } as never);
  });

  it('in confirm-label mode a tracking barcode with no order in hand confirms the label waiting for it', async () => {
    appActions.setSettings({ confirmLabel: true } as never);
    await handleScan('AWB-0042');
    expect(methods()).toEqual(['flow.confirmLabel']);
    expect(calls[0].arg).toEqual({ tracking: 'AWB-0042' });
    expect(flowSnapshot().notice).toMatchObject({ key: 'pack.notice.confirmed', values: { code: 'ORD7' } });
    // No waiting label's barcode, and no known order: it is scanned as an order code after all.
    calls.length = 0;
    await handleScan('ORD-NEW-9');
    expect(methods().slice(0, 2)).toEqual(['flow.confirmLabel', 'flow.scan']);
    // A known order code never asks main about labels first.
    calls.length = 0;
    await handleScan('ORD2');
    expect(methods()[0]).toBe('flow.scan');
    expect(methods()).not.toContain('flow.confirmLabel');
    appActions.setSettings({ confirmLabel: false } as never);
  });

  it('a failed scan holds the bench with the error and its request_id', async () => {
    scanAnswer = (code) => ({
      ok: true,
      value: { kind: 'failed', orderCode: code, scanId: 's', error: someError },
    });
    await handleScan('ORD1');
    const alert = flowSnapshot().alert;
    expect(alert?.kind === 'error' && alert.error.requestId).toBe('r-1');
  });

  it('an AWB scanned on the Pack screen finds its order and scans that instead, saying so', async () => {
    const notFound = { ...someError, kind: 'not_found' as const, step: 'resolve' as const };
    scanAnswer = (code) =>
      code === 'ORD9'
        ? {
            ok: true,
            value: {
              kind: 'printed',
              orderCode: code,
              scanId: 's-9',
              job: { jobId: 'J9', printer: 'P' },
              fromTray: false,
              pickupOption: null,
            },
          }
        : { ok: true, value: { kind: 'failed', orderCode: code, scanId: 's', error: notFound } };
    await handleScan('TRK-123');
    const scans = calls.filter((c) => c.method === 'flow.scan').map((c) => (c.arg as { code: string }).code);
    expect(scans).toEqual(['TRK-123', 'ORD9']);
    expect(flowSnapshot().alert).toBeNull();
    expect(flowSnapshot().notice).toMatchObject({
      key: 'search.awbFound',
      values: { awb: 'TRK-123', code: 'ORD9' },
    });
  });

  it('a code that is neither an order nor an AWB still says the order is unknown', async () => {
    const notFound = { ...someError, kind: 'not_found' as const, step: 'resolve' as const };
    scanAnswer = (code) => ({
      ok: true,
      value: { kind: 'failed', orderCode: code, scanId: 's', error: notFound },
    });
    await handleScan('NOPE-1');
    expect(calls.filter((c) => c.method === 'flow.scan')).toHaveLength(1);
    const alert = flowSnapshot().alert;
    expect(alert?.kind === 'error' && alert.error.kind).toBe('not_found');
  });

  it('a set-packed answer that could not be read holds the bench with its step and request_id', async () => {
    const unreadable: ErrorInfo = {
      kind: 'bad_response',
      step: 'set_packed',
      message: 'The Orders API sent an answer the station cannot read: an HTML page instead of data.',
      retryable: true,
      requestId: 'rq-html',
      httpStatus: 200,
    };
    scanAnswer = (code) => ({
      ok: true,
      value: { kind: 'to_tray', reason: 'unreadable', error: unreadable, orderCode: code, scanId: 's' },
    });
    await handleScan('ORD1');
    const alert = flowSnapshot().alert;
    expect(alert).toEqual({ kind: 'error', error: unreadable, orderCode: 'ORD1' });
    expect(flowSnapshot().notice?.key).toBe('unreadable.tray');
    expect(tones()).toEqual(['error']);
    // Only an acknowledgement lets the next scan through.
    await handleScan('ORD2');
    expect(methods()).toEqual(['flow.scan']);
    flowActions.acknowledge();
    await handleScan('ORD2');
    expect(methods()).toEqual(['flow.scan', 'flow.scan']);
  });

  it('an offline tray outcome is a notice, not an alert', async () => {
    scanAnswer = (code) => ({
      ok: true,
      value: { kind: 'to_tray', reason: 'offline', orderCode: code, scanId: 's' },
    });
    await handleScan('ORD1');
    expect(flowSnapshot().alert).toBeNull();
    expect(flowSnapshot().notice?.key).toBe('pack.notice.toTrayOffline');
  });
});

describe('badges and the END card', () => {
  it('a badge scan (the configured prefix, any case) starts the packer and is never an order or an item', async () => {
    appActions.setSettings({ confirmLabel: false, badgePrefix: 'EMP#' } as never);
    await handleScan('emp#0007');
    expect(methods()).toEqual(['people.badge']);
    expect(calls[0].arg).toEqual({ code: 'emp#0007' });
    expect(flowSnapshot().notice).toMatchObject({ key: 'people.started', values: { name: 'Ani' } });
    calls.length = 0;
    await handleScan('%%PS-END');
    expect(methods()).toEqual(['people.end']);
    expect(flowSnapshot().notice).toMatchObject({ key: 'people.ended' });
    calls.length = 0;
    await handleScan('BADGE-0007'); // not this station's prefix: an order code like any other
    expect(methods()).toEqual(['flow.scan']);

    // "Scan your badge first" holds the bench; the badge itself answers it.
    flowActions.acknowledge();
    const required = { ...someError, kind: 'invalid_input' as const, messageKey: 'people.errors.required' };
    flowActions.error(required, 'ORD1');
    calls.length = 0;
    await handleScan('EMP#0007');
    expect(methods()).toEqual(['people.badge']);
    expect(flowSnapshot().alert).toBeNull();
    appActions.setSettings({ confirmLabel: false } as never);
  });
});
