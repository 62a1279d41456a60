// The Orders screen's state: the list filter, the selected order, the rows ticked for bulk packing, and a
// reload counter that every view watching the API data follows after a write.
import { create } from 'zustand';
import { DEFAULT_FILTER, type OrdersFilter } from './query';

export interface SelectedOrder {
  id: number;
  code: string;
}

interface OrdersState {
  filter: OrdersFilter;
  selected: SelectedOrder | null;
  checked: readonly string[];
  reloads: number;
}

const useOrdersStore = create<OrdersState>(() => ({
  filter: DEFAULT_FILTER,
  selected: null,
  checked: [],
  reloads: 0,
}));

export const ordersActions = {
  /** A new filter starts at page 1 unless it names a page; ticks belong to the rows shown, so they go. */
  setFilter: (patch: Partial<OrdersFilter>): void =>
    useOrdersStore.setState((s) => ({
      filter: { ...s.filter, page: 1, ...patch },
      checked: [],
    })),
  select: (selected: SelectedOrder | null): void => useOrdersStore.setState({ selected }),
  toggleChecked: (code: string): void =>
    useOrdersStore.setState((s) => ({
      checked: s.checked.includes(code) ? s.checked.filter((c) => c !== code) : [...s.checked, code],
    })),
  clearChecked: (): void => useOrdersStore.setState({ checked: [] }),
  reload: (): void => useOrdersStore.setState((s) => ({ reloads: s.reloads + 1 })),
  reset: (): void => useOrdersStore.setState({ filter: DEFAULT_FILTER, selected: null, checked: [] }),
};

export function ordersSnapshot(): OrdersState {
  return useOrdersStore.getState();
}

export const useOrdersFilter = (): OrdersFilter => useOrdersStore((s) => s.filter);
export const useSelectedOrder = (): SelectedOrder | null => useOrdersStore((s) => s.selected);
export const useChecked = (): readonly string[] => useOrdersStore((s) => s.checked);
export const useReloads = (): number => useOrdersStore((s) => s.reloads);
