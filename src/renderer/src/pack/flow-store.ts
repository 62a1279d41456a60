// The Pack screen's state: the order in hand, its steps as they happen, the alert that holds the bench
// (an error or a stop stays until acknowledged), item verification, and the recent lane. Private to this
// folder: components read it through the selector hooks at the bottom.
import { create } from 'zustand';
import type { ErrorInfo, FlowStep } from '../../../shared/errors';
import type { OrderStatus } from '../../../shared/orders/status';
import type { OrderEvent, OrderView, ScanOutcome, StepEvent, StepState } from '../../../shared/station';
import { startVerification, type VerificationState } from '../verify/verification';
import { loadRecent, saveRecent } from './recent-storage';

export interface StepView {
  state: StepState;
  durationMs?: number;
  error?: ErrorInfo;
}

export interface CurrentOrder {
  scanId: string | null;
  orderCode: string;
  order: OrderView | null;
  steps: Partial<Record<FlowStep, StepView>>;
  outcome: ScanOutcome | null;
  verification: VerificationState | null;
  /** Confirm-label mode: the label's tracking barcode was scanned on the box. */
  confirmed: boolean;
}

export type Alert =
  | { kind: 'error'; error: ErrorInfo; orderCode: string | null }
  | {
      kind: 'stop';
      outcome: Extract<ScanOutcome, { kind: 'stop' | 'packed_elsewhere' | 'already_printed' }>;
    };

export type RecentState = 'working' | 'printed' | 'shipped' | 'tray' | 'stopped' | 'failed' | 'parked';

export interface RecentEntry {
  orderCode: string;
  scanId: string | null;
  state: RecentState;
  note?: string;
  /** The failure behind the note, so the lane says it in the screen's language. */
  error?: ErrorInfo;
  at: number;
}

export interface Notice {
  key: string;
  values?: Record<string, string | number>;
  tone: 'info' | 'warning';
}

interface FlowState {
  current: CurrentOrder | null;
  alert: Alert | null;
  recent: RecentEntry[];
  notice: Notice | null;
  /** Another order's code scanned during verification: waiting for the packer to confirm the switch. */
  pendingSwitch: string | null;
  /** Last time a scan was refused because an alert holds the bench (drives a flash). */
  refusedAt: number;
  /** What the scanner (or the manual box) last read, raw, and how many reads so far on this screen. */
  lastRead: { code: string; seq: number } | null;
}

const RECENT_MAX = 12;

/** The order's status once a step is done here (the card follows the order without a refetch). */
const STATUS_AFTER: Partial<Record<FlowStep, OrderStatus>> = {
  set_process: 'process',
  set_packed: 'packed',
  ship: 'shipped',
};

type TrayReason = NonNullable<Extract<ScanOutcome, { kind: 'to_tray' }>['reason']>;
const TRAY_NOTICE: Record<TrayReason, string> = {
  offline: 'pack.notice.toTrayOffline',
  superseded: 'pack.notice.toTray',
  unreadable: 'unreadable.tray',
};

const useFlowStore = create<FlowState>(() => ({
  current: null,
  alert: null,
  recent: loadRecent(RECENT_MAX),
  notice: null,
  pendingSwitch: null,
  refusedAt: 0,
  lastRead: null,
}));

function upsertRecent(recent: RecentEntry[], entry: RecentEntry): RecentEntry[] {
  const rest = recent.filter((r) => r.orderCode !== entry.orderCode);
  return [entry, ...rest].slice(0, RECENT_MAX);
}

function recentStateOf(outcome: ScanOutcome): RecentState {
  switch (outcome.kind) {
    case 'printed':
      return 'printed';
    case 'to_tray':
      return 'tray';
    case 'parked':
      return 'parked';
    case 'failed':
      return 'failed';
    default:
      return 'stopped';
  }
}

export const flowActions = {
  read(code: string): void {
    useFlowStore.setState((s) => ({ lastRead: { code, seq: (s.lastRead?.seq ?? 0) + 1 } }));
  },

  scanStarted(orderCode: string): void {
    useFlowStore.setState((s) => ({
      current: {
        scanId: null,
        orderCode,
        order: null,
        steps: {},
        outcome: null,
        verification: null,
        confirmed: false,
      },
      notice: null,
      pendingSwitch: null,
      recent: upsertRecent(s.recent, { orderCode, scanId: null, state: 'working', at: Date.now() }),
    }));
  },

  orderResolved(event: OrderEvent): void {
    useFlowStore.setState((s) => {
      if (!s.current || s.current.orderCode !== event.order.orderCode) return s;
      const keep = !event.verify || (s.current.verification !== null && s.current.scanId === event.scanId);
      const verification = keep
        ? s.current.verification
        : startVerification(
            event.order.lines.map((l) => ({
              order_detail_id: l.orderDetailId,
              sku: l.sku,
              product_name: l.name,
              quantity: l.quantity,
              is_cancel: l.isCancel,
              price: l.price,
              currency: l.currency,
              product_id: null,
              weight: null,
            })),
          );
      return { current: { ...s.current, scanId: event.scanId, order: event.order, verification } };
    });
  },

  step(event: StepEvent): void {
    useFlowStore.setState((s) => {
      const view: StepView = { state: event.state, durationMs: event.durationMs, error: event.error };
      const isCurrent =
        s.current &&
        (s.current.scanId === event.scanId || (!s.current.scanId && s.current.orderCode === event.orderCode));
      const status = event.state === 'done' ? STATUS_AFTER[event.step] : undefined;
      const current =
        isCurrent && s.current
          ? {
              ...s.current,
              order: status && s.current.order ? { ...s.current.order, status } : s.current.order,
              scanId: event.scanId,
              steps: { ...s.current.steps, [event.step]: view },
              // Verification ends with its step (done, skipped, or the order left the bench).
              verification:
                event.step === 'verify' && event.state !== 'running' ? null : s.current.verification,
            }
          : s.current;
      let recent = s.recent;
      if (event.step === 'ship' && event.state === 'done') {
        recent = recent.map((r) => (r.orderCode === event.orderCode ? { ...r, state: 'shipped' } : r));
      }
      const unreadable = event.error?.kind === 'bad_response' && event.state !== 'done';
      if (
        (event.step === 'ship' || event.step === 'mark_printed') &&
        (event.state === 'failed' || unreadable)
      ) {
        recent = recent.map((r) =>
          r.orderCode === event.orderCode
            ? { ...r, state: 'failed', note: event.error?.message, error: event.error }
            : r,
        );
      }
      return { current, recent };
    });
  },

  outcome(outcome: ScanOutcome): void {
    useFlowStore.setState((s) => {
      // Ship may finish (its event arrives) before the scan's own answer: "printed" never undoes "shipped".
      const prev = s.recent.find((r) => r.orderCode === outcome.orderCode);
      const shipped = outcome.kind === 'printed' && prev?.state === 'shipped';
      const recent = upsertRecent(s.recent, {
        orderCode: outcome.orderCode,
        scanId: outcome.scanId,
        state: shipped ? 'shipped' : recentStateOf(outcome),
        note: outcome.kind === 'failed' ? outcome.error.message : undefined,
        error: outcome.kind === 'failed' ? outcome.error : undefined,
        at: Date.now(),
      });
      const isCurrent = s.current?.orderCode === outcome.orderCode;
      const current = isCurrent && s.current ? { ...s.current, scanId: outcome.scanId, outcome } : s.current;
      let alert = s.alert;
      if (isCurrent && outcome.kind === 'failed')
        alert = { kind: 'error', error: outcome.error, orderCode: outcome.orderCode };
      // An answer that could not be read: the alert names the step and the request id (Esc to go on).
      if (isCurrent && outcome.kind === 'to_tray' && outcome.error)
        alert = { kind: 'error', error: outcome.error, orderCode: outcome.orderCode };
      if (
        isCurrent &&
        (outcome.kind === 'stop' || outcome.kind === 'packed_elsewhere' || outcome.kind === 'already_printed')
      ) {
        alert = { kind: 'stop', outcome };
      }
      const notice: Notice | null =
        outcome.kind === 'to_tray'
          ? {
              key: TRAY_NOTICE[outcome.reason ?? 'superseded'],
              values: { code: outcome.orderCode },
              tone: 'warning',
            }
          : s.notice;
      return { recent, current, alert, notice };
    });
  },

  error(error: ErrorInfo, orderCode: string | null): void {
    useFlowStore.setState({ alert: { kind: 'error', error, orderCode } });
  },

  acknowledge(): boolean {
    const had = useFlowStore.getState().alert !== null;
    useFlowStore.setState({ alert: null, refusedAt: 0 });
    return had;
  },

  refused(): void {
    useFlowStore.setState({ refusedAt: Date.now() });
  },

  setVerification(verification: VerificationState): void {
    useFlowStore.setState((s) => (s.current ? { current: { ...s.current, verification } } : s));
  },

  verificationDone(): void {
    useFlowStore.setState((s) => (s.current ? { current: { ...s.current, verification: null } } : s));
  },

  proposeSwitch(orderCode: string | null): void {
    useFlowStore.setState({ pendingSwitch: orderCode });
  },

  notify(notice: Notice | null): void {
    useFlowStore.setState({ notice });
  },

  confirmed(): void {
    useFlowStore.setState((s) => (s.current ? { current: { ...s.current, confirmed: true } } : s));
  },

  clearCurrent(): void {
    useFlowStore.setState({ current: null });
  },
};

useFlowStore.subscribe((state, previous) => {
  if (state.recent !== previous.recent) saveRecent(state.recent);
});

/** Read without subscribing (for event handlers). */
export function flowSnapshot(): FlowState {
  return useFlowStore.getState();
}

export const useCurrentOrder = (): CurrentOrder | null => useFlowStore((s) => s.current);
/** For this folder's slice hooks (flow-selectors.ts) only. */
export const useFlowSlice = useFlowStore;

export const useAlert = (): Alert | null => useFlowStore((s) => s.alert);
export const useRecent = (): RecentEntry[] => useFlowStore((s) => s.recent);
export const useNotice = (): Notice | null => useFlowStore((s) => s.notice);
export const usePendingSwitch = (): string | null => useFlowStore((s) => s.pendingSwitch);
export const useRefusedAt = (): number => useFlowStore((s) => s.refusedAt);
export const useLastRead = (): FlowState['lastRead'] => useFlowStore((s) => s.lastRead);
