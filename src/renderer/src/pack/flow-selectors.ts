// Slices of the order in hand for the Pack screen's parts. A step event changes `steps` (and at most the
// status), so a component that reads one slice re-renders only when that slice changes, not on every step.
import { useShallow } from 'zustand/react/shallow';
import type { OrderStatus } from '../../../shared/orders/status';
import type { OrderView, ScanOutcome } from '../../../shared/station';
import type { VerificationState } from '../verify/verification';
import { useFlowSlice, type CurrentOrder } from './flow-store';

export const useCurrentCode = (): string | null => useFlowSlice((s) => s.current?.orderCode ?? null);
export const useCurrentSteps = (): CurrentOrder['steps'] | null =>
  useFlowSlice((s) => s.current?.steps ?? null);
export const useCurrentOrderView = (): OrderView | null => useFlowSlice((s) => s.current?.order ?? null);
export const useVerification = (): VerificationState | null =>
  useFlowSlice((s) => s.current?.verification ?? null);
/** What the headline shows, as plain values (compared one by one). */
export const useHeadlineFacts = (): HeadlineFacts =>
  useFlowSlice(
    useShallow((s) => ({
      orderCode: s.current?.orderCode ?? null,
      outcome: s.current?.outcome?.kind ?? null,
      confirmed: s.current?.confirmed ?? false,
      verifying: Boolean(s.current?.verification),
      status: s.current?.order?.status ?? null,
    })),
  );

export interface HeadlineFacts {
  orderCode: string | null;
  outcome: ScanOutcome['kind'] | null;
  confirmed: boolean;
  verifying: boolean;
  status: OrderStatus | null;
}

/** Runs on every change of the order in hand (its steps, outcome, a new scan, cleared): the video recorder. */
export function onCurrentOrderChange(listener: (current: CurrentOrder | null) => void): () => void {
  return useFlowSlice.subscribe((state, previous) => {
    if (state.current !== previous.current) listener(state.current);
  });
}
