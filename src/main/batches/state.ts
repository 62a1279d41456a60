// A batch's state, folded from its journal records: what the screen shows and what a resumed run does next.
import type {
  BatchCounts,
  BatchOrderView,
  BatchPhase,
  BatchSummary,
  BatchView,
} from '../../shared/batches/types';
import type { PickupOption } from '../../shared/orders/options';
import type { BatchRecord } from './records';

export interface BatchOrder extends BatchOrderView {
  orderId: number | null;
  /** `sending` was journaled: the request may have left. Never sent again. */
  sendStarted: boolean;
  labelFile: string | null;
  labelPages: number;
  marked: boolean;
  /** `shipping` was journaled: ship may have reached the API; confirm before sending again. */
  shipStarted: boolean;
}

export interface BatchState {
  id: string;
  createdAt: string;
  pickup: PickupOption;
  confirmTimeoutMs: number;
  orders: BatchOrder[];
  screened: boolean;
  confirmingSince: number | null;
  printing: { file: string; codes: string[]; pages: number } | null;
  job: { jobId: string; printer: string; at: string } | null;
  printProblem: string | null;
  done: boolean;
  /** Not journaled: why this process's run stopped early (a restart or a resume runs it again). */
  stopReason: string | null;
}

export function emptyOrder(code: string, orderId: number | null): BatchOrder {
  return {
    orderCode: code,
    orderId,
    state: 'waiting',
    reason: null,
    requestId: null,
    trackingNumber: null,
    label: 'none',
    labelReason: null,
    shipped: false,
    shipError: null,
    sendStarted: false,
    labelFile: null,
    labelPages: 0,
    marked: false,
    shipStarted: false,
  };
}

/** Applies one record; records about unknown orders are ignored (they cannot come from this batch). */
export function applyRecord(state: BatchState, r: BatchRecord): void {
  const order = 'code' in r ? state.orders.find((o) => o.orderCode === r.code) : undefined;
  switch (r.t) {
    case 'created':
      return;
    case 'screened':
      state.screened = true;
      return;
    case 'confirming':
      state.confirmingSince = r.at;
      return;
    case 'printing':
      state.printing = { file: r.file, codes: r.codes, pages: r.pages };
      state.printProblem = null;
      return;
    case 'printed':
      state.job = { jobId: r.jobId, printer: r.printer, at: r.at };
      return;
    case 'print_failed':
      state.printing = null;
      state.printProblem = r.reason;
      return;
    case 'reprinted':
      if (r.orderCode === null && state.printing)
        state.job = { ...(state.job ?? { printer: '' }), jobId: r.jobId, at: r.at };
      return;
    case 'done':
      state.done = true;
      return;
  }
  if (!order) return;
  switch (r.t) {
    case 'refused':
      Object.assign(order, { state: 'refused', reason: r.reason, requestId: r.requestId });
      return;
    case 'sending':
      order.sendStarted = true;
      return;
    case 'sent':
      Object.assign(order, { state: 'sent', requestId: r.requestId, reason: r.reason });
      return;
    case 'failed':
      Object.assign(order, { state: 'failed', reason: r.reason, requestId: r.requestId ?? order.requestId });
      return;
    case 'packed':
      Object.assign(order, { state: 'packed', reason: null, trackingNumber: r.trackingNumber });
      return;
    case 'unknown':
      Object.assign(order, { state: 'unknown', reason: r.reason });
      return;
    case 'label':
      Object.assign(order, { label: 'ok', labelFile: r.file, labelPages: r.pages, labelReason: null });
      return;
    case 'label_failed':
      Object.assign(order, { label: 'failed', labelReason: r.reason });
      return;
    case 'marked':
      order.marked = true;
      return;
    case 'shipping':
      order.shipStarted = true;
      return;
    case 'shipped':
      Object.assign(order, { shipped: true, shipError: null });
      return;
    case 'ship_failed':
      order.shipError = r.reason;
      return;
  }
}

export function foldBatch(records: readonly BatchRecord[]): BatchState | null {
  const created = records[0];
  if (created?.t !== 'created') return null;
  const state: BatchState = {
    id: created.id,
    createdAt: created.at,
    pickup: created.pickup,
    confirmTimeoutMs: created.confirmTimeoutMs,
    orders: created.orders.map((o) => emptyOrder(o.code, o.orderId)),
    screened: false,
    confirmingSince: null,
    printing: null,
    job: null,
    printProblem: null,
    done: false,
    stopReason: null,
  };
  for (const r of records.slice(1)) applyRecord(state, r);
  return state;
}

export function phaseOf(state: BatchState, running: boolean): BatchPhase {
  if (state.done) return 'done';
  if (state.printProblem) return 'print_failed';
  if (state.job) return 'shipping';
  if (state.printing) return running ? 'printing' : 'print_unknown';
  if (state.orders.some((o) => o.label !== 'none')) return 'labels';
  if (state.confirmingSince !== null) return 'confirming';
  if (state.screened) return 'sending';
  return 'screening';
}

export function countsOf(state: BatchState): BatchCounts {
  const n = (f: (o: BatchOrder) => boolean) => state.orders.filter(f).length;
  return {
    total: state.orders.length,
    settled: n((o) => o.state !== 'waiting' && o.state !== 'sent'),
    refused: n((o) => o.state === 'refused'),
    sent: n((o) => o.state !== 'waiting' && o.state !== 'refused'),
    packed: n((o) => o.state === 'packed'),
    failed: n((o) => o.state === 'failed'),
    unknown: n((o) => o.state === 'unknown'),
    labels: n((o) => o.label === 'ok'),
    labelsFailed: n((o) => o.label === 'failed'),
    shipped: n((o) => o.shipped),
  };
}

export function viewOf(state: BatchState, running: boolean, revision: number): BatchView {
  return {
    id: state.id,
    createdAt: state.createdAt,
    pickupOption: state.pickup,
    phase: phaseOf(state, running),
    confirmTimeoutMs: state.confirmTimeoutMs,
    counts: countsOf(state),
    orders: state.orders.map((o) => ({
      orderCode: o.orderCode,
      state: o.state,
      reason: o.reason,
      requestId: o.requestId,
      trackingNumber: o.trackingNumber,
      label: o.label,
      labelReason: o.labelReason,
      shipped: o.shipped,
      shipError: o.shipError,
    })),
    job:
      state.job && state.printing
        ? { ...state.job, pages: state.printing.pages, orderCodes: state.printing.codes }
        : null,
    printProblem: state.printProblem,
    stopReason: running ? null : state.stopReason,
    revision,
  };
}

export function summaryOf(state: BatchState, running: boolean): BatchSummary {
  return {
    id: state.id,
    createdAt: state.createdAt,
    phase: phaseOf(state, running),
    total: state.orders.length,
    packed: state.orders.filter((o) => o.state === 'packed').length,
    jobId: state.job?.jobId ?? null,
  };
}
