// The batch panel's state: the filter, every matching To Process order (all pages, from main), the ticked
// ones in the order shown, the pickup option, and the batch main is running (kept newest by revision).
import { create } from 'zustand';
import type { BatchCandidate, BatchFilter, BatchPreview, BatchView } from '../../../shared/batches/types';
import type { ErrorInfo } from '../../../shared/errors';
import type { PickupOption } from '../../../shared/orders/options';

export interface BatchFilterInput {
  courier: string;
  channel: string;
  delivery: string;
  /** yyyy-mm-dd or ''. */
  from: string;
  to: string;
}

interface BatchState {
  filter: BatchFilterInput;
  preview: BatchPreview | null;
  loading: boolean;
  selected: readonly string[];
  pickup: PickupOption | null;
  view: BatchView | null;
  error: ErrorInfo | null;
}

export const EMPTY_FILTER: BatchFilterInput = { courier: '', channel: '', delivery: '', from: '', to: '' };

const useBatchStore = create<BatchState>(() => ({
  filter: EMPTY_FILTER,
  preview: null,
  loading: false,
  selected: [],
  pickup: null,
  view: null,
  error: null,
}));

export const batchActions = {
  setFilter: (patch: Partial<BatchFilterInput>): void =>
    useBatchStore.setState((s) => ({ filter: { ...s.filter, ...patch } })),
  loading: (): void => useBatchStore.setState({ loading: true, error: null }),
  /** A new preview keeps only the ticks still among the matching orders. */
  setPreview: (preview: BatchPreview): void =>
    useBatchStore.setState((s) => {
      const codes = new Set(preview.orders.map((o) => o.orderCode));
      return { preview, loading: false, selected: s.selected.filter((c) => codes.has(c)) };
    }),
  toggle: (code: string): void =>
    useBatchStore.setState((s) => ({
      selected: s.selected.includes(code) ? s.selected.filter((c) => c !== code) : [...s.selected, code],
    })),
  selectAllMatching: (): void =>
    useBatchStore.setState((s) => ({ selected: s.preview?.orders.map((o) => o.orderCode) ?? [] })),
  clearSelection: (): void => useBatchStore.setState({ selected: [] }),
  setPickup: (pickup: PickupOption): void => useBatchStore.setState({ pickup }),
  /** Main's view, unless an older one arrives after a newer (events and answers travel apart). */
  setView: (view: BatchView | null): void =>
    useBatchStore.setState((s) =>
      view && s.view && s.view.id === view.id && s.view.revision > view.revision ? {} : { view },
    ),
  fail: (error: ErrorInfo): void => useBatchStore.setState({ error, loading: false }),
  clearError: (): void => useBatchStore.setState({ error: null }),
};

export function batchSnapshot(): BatchState {
  return useBatchStore.getState();
}

/** The ticked orders in the order the list shows them (the order their labels print in). */
export function selectedInOrder(preview: BatchPreview | null, selected: readonly string[]): string[] {
  const ticked = new Set(selected);
  return (preview?.orders ?? []).filter((o) => ticked.has(o.orderCode)).map((o) => o.orderCode);
}

export function toBatchFilter(input: BatchFilterInput, offset: (day: string) => string): BatchFilter {
  const f: BatchFilter = {};
  if (input.courier) f.courier = input.courier;
  if (input.channel) f.channel = input.channel;
  if (input.delivery) f.delivery = input.delivery;
  if (input.from) f.createdFrom = `${input.from}T00:00:00${offset(input.from)}`;
  if (input.to) f.createdTo = `${input.to}T23:59:59${offset(input.to)}`;
  return f;
}

export const useBatchFilter = (): BatchFilterInput => useBatchStore((s) => s.filter);
export const useBatchPreview = (): BatchPreview | null => useBatchStore((s) => s.preview);
export const useBatchCandidates = (): readonly BatchCandidate[] =>
  useBatchStore((s) => s.preview?.orders ?? NONE);
export const useBatchLoading = (): boolean => useBatchStore((s) => s.loading);
export const useBatchSelected = (): readonly string[] => useBatchStore((s) => s.selected);
export const useBatchPickup = (): PickupOption | null => useBatchStore((s) => s.pickup);
export const useBatchView = (): BatchView | null => useBatchStore((s) => s.view);
export const useBatchError = (): ErrorInfo | null => useBatchStore((s) => s.error);

const NONE: readonly BatchCandidate[] = [];
