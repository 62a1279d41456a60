// The returns bench built on the packing services: the station's outbox and reachability, its printer,
// the live API. The composition root spreads `handlers` into the one table and closes it on shutdown.
import { join } from 'node:path';
import type { OrdersApi } from '../api/types';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../log/logger';
import { liveApi } from '../packing/live-api';
import type { PackingServices } from '../packing/compose-packing';
import type { SettingsService } from '../settings/settings-service';
import { returnsHandlers } from './handlers';
import { openReturnsBench, type ReturnsBench } from './returns-bench';

export interface ReturnsOptions {
  dataDir: string;
  api: () => OrdersApi;
  packing: Pick<PackingServices, 'outbox' | 'connectivity' | 'printFile'>;
  settings: Pick<SettingsService, 'current'>;
  events: EventBus;
  log: Logger;
  /** Who is at the bench, once the packers feature knows. */
  packer?: () => string | null;
}

export function composeReturns(opts: ReturnsOptions) {
  const { packing, log } = opts;
  const api = liveApi(opts.api);
  const bench: Promise<ReturnsBench> = packing.outbox().then((outbox) =>
    openReturnsBench({
      dir: join(opts.dataDir, 'returns'),
      api,
      outbox,
      connectivity: packing.connectivity,
      printSlip: (file, orderCode) => packing.printFile(file, `return slip: ${orderCode}`),
      timeZone: () => opts.settings.current().timeZone,
      packer: opts.packer,
      onChange: (today) => opts.events.emit('returns:changed', today),
      log,
    }),
  );
  const sync = (): void =>
    void bench
      .then((b) => b.sync())
      .catch((err: unknown) => log.warn('Returns bench: order copy not refreshed', { error: err }));
  // Back online: orders shipped meanwhile may come back to the bench.
  const unfollow = packing.connectivity.onChange((view) => view.online && sync());
  return {
    handlers: returnsHandlers(() => bench),
    bench: () => bench,
    start(): void {
      if (packing.connectivity.current().online) sync();
    },
    async close(): Promise<void> {
      unfollow();
      await (await bench.catch(() => null))?.close();
    },
  };
}
