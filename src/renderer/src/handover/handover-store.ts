// The handover screen's state: what waits per courier, the group open at the dock, the boxes scanned
// there and main's check of them, the closed handovers, and the last message. Actions call main.
import { create } from 'zustand';
import type { ErrorInfo } from '../../../shared/errors';
import type { GroupKey, HandoverCheck, HandoverGroup, HandoverRecord } from '../../../shared/handover/types';
import { station } from '../app/station';

export type HandoverMessage =
  | { key: 'closed'; values: { count: number; courier: string } }
  | { key: 'printed'; values: { job: string } }
  | { key: 'csvSaved'; values: { path: string } }
  | { key: 'error'; error: ErrorInfo };

interface HandoverState {
  groups: HandoverGroup[] | null;
  loading: boolean;
  open: GroupKey | null;
  scanned: string[];
  check: HandoverCheck | null;
  /** The close button was pressed once with boxes missing: the next press closes. */
  confirming: boolean;
  history: HandoverRecord[];
  message: HandoverMessage | null;
}

const initial: HandoverState = {
  groups: null,
  loading: false,
  open: null,
  scanned: [],
  check: null,
  confirming: false,
  history: [],
  message: null,
};

const useHandoverStore = create<HandoverState>(() => initial);
const set = useHandoverStore.setState;
const get = useHandoverStore.getState;

const fail = (error: ErrorInfo): void => set({ message: { key: 'error', error } });

async function recheck(): Promise<void> {
  const { open, scanned } = get();
  if (!open) return;
  const res = await station.handover.check({ ...open, scanned });
  if (res.ok) set({ check: res.value });
  else fail(res.error);
}

export const handoverActions = {
  async load(): Promise<void> {
    set({ loading: true });
    const [pending, history] = await Promise.all([station.handover.pending(), station.handover.history()]);
    set({ loading: false });
    if (pending.ok) set({ groups: pending.value.groups });
    else fail(pending.error);
    if (history.ok) set({ history: history.value });
  },
  async openGroup(key: GroupKey): Promise<void> {
    set({ open: key, scanned: [], check: null, confirming: false, message: null });
    await recheck();
  },
  closeGroup: (): void => set({ open: null, scanned: [], check: null, confirming: false }),
  async scan(code: string): Promise<void> {
    const c = code.trim();
    if (!c) return;
    set((s) => ({ scanned: [...s.scanned, c], confirming: false }));
    await recheck();
  },
  async printManifest(): Promise<void> {
    const { open } = get();
    if (!open) return;
    const res = await station.handover.printManifest(open);
    if (res.ok) set({ message: { key: 'printed', values: { job: res.value.jobId } } });
    else fail(res.error);
  },
  async csv(source: GroupKey | { id: string }): Promise<void> {
    const res = await station.handover.csv(source);
    if (res.ok) set({ message: { key: 'csvSaved', values: { path: res.value.path } } });
    else fail(res.error);
  },
  async close(): Promise<void> {
    const { open, scanned, check, confirming } = get();
    if (!open) return;
    const missing = check?.missing.length ?? 0;
    if (scanned.length > 0 && missing > 0 && !confirming) {
      set({ confirming: true });
      return;
    }
    const res = await station.handover.close({ ...open, scanned });
    if (!res.ok) return fail(res.error);
    set({
      ...initial,
      history: [res.value, ...get().history],
      groups: (get().groups ?? []).filter(
        (g) => !(g.courier === open.courier && g.pickupOption === open.pickupOption),
      ),
      message: { key: 'closed', values: { count: res.value.orders.length, courier: res.value.courier } },
    });
  },
  async reprint(id: string): Promise<void> {
    const res = await station.handover.reprint({ id });
    if (res.ok) set({ message: { key: 'printed', values: { job: res.value.jobId } } });
    else fail(res.error);
  },
};

export const useHandoverGroups = (): HandoverGroup[] | null => useHandoverStore((s) => s.groups);
export const useHandoverLoading = (): boolean => useHandoverStore((s) => s.loading);
export const useOpenGroup = (): HandoverGroup | null =>
  useHandoverStore(
    (s) =>
      s.groups?.find(
        (g) => s.open && g.courier === s.open.courier && g.pickupOption === s.open.pickupOption,
      ) ?? null,
  );
export const useScannedBoxes = (): string[] => useHandoverStore((s) => s.scanned);
export const useHandoverCheck = (): HandoverCheck | null => useHandoverStore((s) => s.check);
export const useConfirmingClose = (): boolean => useHandoverStore((s) => s.confirming);
export const useHandoverHistory = (): HandoverRecord[] => useHandoverStore((s) => s.history);
export const useHandoverMessage = (): HandoverMessage | null => useHandoverStore((s) => s.message);
