// The returns bench's state: the parcel in hand (or why it cannot be returned), the reason and note being
// asked, the last return recorded, and today's returns (from main's `returns:changed`).
import { create } from 'zustand';
import type { ErrorInfo } from '../../../shared/errors';
import type { ReturnLookup, ReturnOrderView, ReturnRecordView } from '../../../shared/ipc/returns-channels';
import type { ReturnReason } from '../../../shared/orders/options';

export type Refusal = Extract<ReturnLookup, { found: false }>;

/** idle: waiting for a parcel; looking: asking main; asking: the reason; saving: recording it. */
export type ReturnsPhase = 'idle' | 'looking' | 'asking' | 'saving';

interface ReturnsState {
  phase: ReturnsPhase;
  scanned: string | null;
  order: ReturnOrderView | null;
  reason: ReturnReason | null;
  note: string;
  refusal: Refusal | null;
  error: ErrorInfo | null;
  last: ReturnRecordView | null;
  today: ReturnRecordView[];
}

const initial = {
  phase: 'idle' as ReturnsPhase,
  scanned: null,
  order: null,
  reason: null,
  note: '',
  refusal: null,
  error: null,
};

const useReturnsStore = create<ReturnsState>(() => ({ ...initial, last: null, today: [] }));

export const returnsActions = {
  looking: (scanned: string): void =>
    useReturnsStore.setState({ ...initial, phase: 'looking', scanned, last: null }),
  found: (order: ReturnOrderView): void => useReturnsStore.setState({ phase: 'asking', order }),
  refused: (refusal: Refusal): void => useReturnsStore.setState({ ...initial, refusal }),
  failed: (error: ErrorInfo): void =>
    useReturnsStore.setState((s) => ({ phase: s.order ? 'asking' : 'idle', error })),
  chooseReason: (reason: ReturnReason): void => useReturnsStore.setState({ reason }),
  setNote: (note: string): void => useReturnsStore.setState({ note }),
  saving: (): void => useReturnsStore.setState({ phase: 'saving', error: null }),
  saved: (record: ReturnRecordView): void =>
    useReturnsStore.setState((s) => ({
      ...initial,
      last: record,
      today: [record, ...s.today.filter((r) => r.id !== record.id)],
    })),
  setToday: (today: ReturnRecordView[]): void =>
    useReturnsStore.setState((s) => ({
      today,
      last: s.last ? (today.find((r) => r.id === s.last?.id) ?? s.last) : null,
    })),
  /** Esc / the ACK card: the refusal or error is read; the bench waits for the next parcel. */
  acknowledge: (): boolean => {
    const s = useReturnsStore.getState();
    if (!s.refusal && !s.error) return false;
    useReturnsStore.setState({ refusal: null, error: null });
    return true;
  },
  clear: (): void => useReturnsStore.setState({ ...initial }),
};

export function returnsSnapshot(): ReturnsState {
  return useReturnsStore.getState();
}

export const useReturnsPhase = (): ReturnsPhase => useReturnsStore((s) => s.phase);
export const useReturnOrder = (): ReturnOrderView | null => useReturnsStore((s) => s.order);
export const useReturnScanned = (): string | null => useReturnsStore((s) => s.scanned);
export const useReturnReason = (): ReturnReason | null => useReturnsStore((s) => s.reason);
export const useReturnNote = (): string => useReturnsStore((s) => s.note);
export const useReturnRefusal = (): Refusal | null => useReturnsStore((s) => s.refusal);
export const useReturnError = (): ErrorInfo | null => useReturnsStore((s) => s.error);
export const useLastReturn = (): ReturnRecordView | null => useReturnsStore((s) => s.last);
export const useTodayReturns = (): ReturnRecordView[] => useReturnsStore((s) => s.today);
