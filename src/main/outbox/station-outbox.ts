// The station's outbox, and the outbox as the screen follows it: its counts with the API's reachability, published as
// `outbox:changed` (throttled) on every outbox or reachability change, each change counted a revision.
import { join } from 'node:path';
import type { OutboxStatusView } from '../../shared/outbox/types';
import type { OrdersApi } from '../api/types';
import { ensureDir } from '../files/durable-file';
import type { EventBus } from '../ipc/event-bus';
import { followed } from '../ipc/followed';
import type { Logger } from '../log/logger';
import { createConnectivity } from './connectivity';
import { createOutbox } from './outbox';
import type { OutboxApi } from './sender';
import type { Connectivity, Outbox } from './types';

export interface OutboxStatus {
  read(): Promise<OutboxStatusView>;
  close(): void;
}

export interface StationOutbox {
  /** Reachability from real calls: a failure reported by the outbox (or a probe) marks offline. */
  connectivity: Connectivity;
  outbox: Promise<Outbox>;
  status: OutboxStatus;
}

/** The station's durable outbox on `<dataDir>/outbox`, its reachability probe, and its status published. */
export function openStationOutbox(opts: {
  dataDir: string;
  api: OutboxApi & Pick<OrdersApi, 'listOrders'>;
  events: EventBus;
  log: Logger;
}): StationOutbox {
  const { dataDir, api, events, log } = opts;
  const connectivity = createConnectivity({
    probe: () => api.listOrders({ page: 1, per_page: 1 }).then(() => undefined),
  });
  const outbox: Promise<Outbox> = ensureDir(dataDir).then(() =>
    createOutbox({
      dir: join(dataDir, 'outbox'),
      api,
      connectivity,
      log: { info: (m) => log.info(m), warn: (m) => log.warn(m) },
    }),
  );
  return { connectivity, outbox, status: outboxStatus({ outbox, connectivity, events, log }) };
}

function outboxStatus(opts: {
  outbox: Promise<Outbox>;
  connectivity: Connectivity;
  events: EventBus;
  log: Logger;
}): OutboxStatus {
  const { outbox, connectivity, events, log } = opts;
  const view = followed(() => void read().then((v) => events.emit('outbox:changed', v)), 250);
  void outbox.then((o) => o.onChange(() => view.changed()));
  const unfollow = connectivity.onChange((v) => {
    view.changed();
    log.info(v.online ? 'Orders API reachable again' : 'Orders API unreachable', {
      error: v.lastError?.message,
    });
  });
  async function read(): Promise<OutboxStatusView> {
    const o = await outbox;
    return { ...o.summary(), connectivity: connectivity.current(), revision: view.revision() };
  }
  return {
    read,
    close() {
      unfollow();
      view.close();
    },
  };
}
