// Labels of orders packed while the API was unreachable: once the order's set-packed is done, the label
// is fetched into the label cache and its tray entry becomes ready. Fetching never prints: the label
// prints only when the packer re-scans the order or prints the tray on purpose.
import type { FlowDeps } from './flow-deps';
import { fetchLabelToCache } from './label-fetch';
import { packingPending } from './outbox-step';

type WaiterDeps = Pick<FlowDeps, 'tray' | 'outbox' | 'runner' | 'api' | 'labels' | 'dataDir'>;

export class LabelWaiter {
  private readonly inFlight = new Map<string, Promise<boolean>>();

  constructor(private readonly deps: WaiterDeps) {}

  /** Fetches the label of a waiting tray entry when nothing of its packing is pending; true when ready. */
  fetch(orderCode: string): Promise<boolean> {
    const item = this.deps.tray.get(orderCode);
    if (!item) return Promise.resolve(false);
    if (item.state === 'ready') return Promise.resolve(true);
    if (packingPending(this.deps, orderCode).length > 0) return Promise.resolve(false);
    const running = this.inFlight.get(orderCode);
    if (running) return running;
    const run = this.fetchNow(orderCode, item.scanId).finally(() => this.inFlight.delete(orderCode));
    this.inFlight.set(orderCode, run);
    return run;
  }

  /** The API answered something: every waiting label whose packing is done may be fetched now. */
  fetchAll(): void {
    for (const item of this.deps.tray.list()) {
      if (item.state === 'waiting_label') void this.fetch(item.orderCode);
    }
  }

  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight.values()]);
  }

  private async fetchNow(orderCode: string, scanId: string): Promise<boolean> {
    try {
      const path = await this.deps.runner.run(
        { orderCode, scanId },
        'label',
        () => fetchLabelToCache(this.deps, orderCode, scanId),
        () => ({ source: 'fetched once set-packed was done; waits in the tray to be printed' }),
      );
      // The entry may have left meanwhile (stopped, printed): then the cached label just stays cached.
      return (await this.deps.tray.markReady(orderCode, path)) !== null;
    } catch {
      // Shown as a failed label step; the next sign of the API tries again.
      return false;
    }
  }
}
