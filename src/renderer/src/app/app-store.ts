// Station-wide state the top bar and every screen read: mode (demo, locked), settings, work-queue sync,
// the labels-pending tray and the shift counters. Fed by the initial loads and by main's events.
import { create } from 'zustand';
import type { AppInfo } from '../../../shared/app';
import type { SettingsView } from '../../../shared/ipc';
import type { OutboxStatusView } from '../../../shared/outbox/types';
import type { PeopleView } from '../../../shared/people';
import type { QueueStatusView, ShiftView, TrayEntry } from '../../../shared/station';

export type Screen =
  'pack' | 'settings' | 'outbox' | 'orders' | 'report' | 'returns' | 'handover' | 'search' | 'clips';

interface AppState {
  info: AppInfo | null;
  settings: SettingsView | null;
  queue: QueueStatusView | null;
  outbox: OutboxStatusView | null;
  tray: TrayEntry[];
  shift: ShiftView | null;
  /** The packer list and who is packing now. */
  people: PeopleView | null;
  /** Open order codes known to the work queue (for "is this another order?" during verification). */
  orderCodes: ReadonlySet<string>;
  screen: Screen;
  /** Supervisor token from a PIN check, with its expiry. */
  supervisor: { token: string; expiresAt: number } | null;
}

const useAppStore = create<AppState>(() => ({
  info: null,
  settings: null,
  queue: null,
  outbox: null,
  tray: [],
  shift: null,
  people: null,
  orderCodes: new Set<string>(),
  screen: 'pack',
  supervisor: null,
}));

export const appActions = {
  setInfo: (info: AppInfo): void => useAppStore.setState({ info }),
  setSettings: (settings: SettingsView): void => useAppStore.setState({ settings }),
  /** An older snapshot never overwrites a newer event (see QueueStatusView.revision). */
  setQueue: (queue: QueueStatusView): void =>
    useAppStore.setState((s) => (s.queue && queue.revision < s.queue.revision ? s : { queue })),
  setOutbox: (outbox: OutboxStatusView): void =>
    useAppStore.setState((s) => (s.outbox && outbox.revision < s.outbox.revision ? s : { outbox })),
  setTray: (tray: TrayEntry[]): void => useAppStore.setState({ tray }),
  setShift: (shift: ShiftView): void => useAppStore.setState({ shift }),
  setPeople: (people: PeopleView): void => useAppStore.setState({ people }),
  setOrderCodes: (codes: readonly string[]): void => useAppStore.setState({ orderCodes: new Set(codes) }),
  show: (screen: Screen): void => useAppStore.setState({ screen }),
  setSupervisor: (token: string, expiresAt: string): void =>
    useAppStore.setState({ supervisor: { token, expiresAt: Date.parse(expiresAt) } }),
  endSupervisor: (): void => useAppStore.setState({ supervisor: null }),
};

export function appSnapshot(): AppState {
  return useAppStore.getState();
}

/** A supervisor token still valid now, or undefined. */
export function supervisorToken(): string | undefined {
  const s = useAppStore.getState().supervisor;
  return s && s.expiresAt > Date.now() ? s.token : undefined;
}

export const useInfo = (): AppInfo | null => useAppStore((s) => s.info);
export const useSettings = (): SettingsView | null => useAppStore((s) => s.settings);
export const useQueue = (): QueueStatusView | null => useAppStore((s) => s.queue);
export const useOutbox = (): OutboxStatusView | null => useAppStore((s) => s.outbox);
export const useTray = (): TrayEntry[] => useAppStore((s) => s.tray);
export const useShift = (): ShiftView | null => useAppStore((s) => s.shift);
export const usePeople = (): PeopleView | null => useAppStore((s) => s.people);
export const useScreen = (): Screen => useAppStore((s) => s.screen);
export const useSupervisorActive = (): boolean =>
  useAppStore((s) => s.supervisor !== null && s.supervisor.expiresAt > Date.now());
