// Wiring for the document printer's features: packing slips, the courier handover and find-anything.
// Each keeps its own handler table; this only builds them and follows the pack flow's events (a label
// printed → its slip when Settings says so; a box packed → its pickup option for the handover).
import { join } from 'node:path';
import type { OrderDetail } from '../../shared/orders';
import { PICKUP_OPTIONS, type PickupOption } from '../../shared/orders/options';
import type { OrdersApi } from '../api/types';
import { StationError } from '../errors/station-error';
import { createHandoverService } from '../handover/handover-service';
import { handoverHandlers } from '../handover/handlers';
import { HandoverStore } from '../handover/store';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../log/logger';
import type { PrinterDriver } from '../printing/types';
import { searchHandlers } from '../search/handlers';
import { createOrderSearch } from '../search/search';
import type { SettingsService } from '../settings/settings-service';
import type { WorkQueue } from '../workqueue/work-queue';
import { createDocumentPrinter } from './document-printer';
import { followBatches } from './follow-batches';
import { documentsHandlers } from './handlers';
import { createSlips, type Slips } from './slips';

export interface DocumentFeaturesOptions {
  dataDir: string;
  api: () => OrdersApi;
  settings: SettingsService;
  queue: Pick<WorkQueue, 'list' | 'lookup'>;
  driver: PrinterDriver;
  events: EventBus;
  log: Logger;
  now?: () => Date;
  /** Who is packing at the bench, for the handover record. */
  packer?: () => string | null;
}

export async function createDocumentFeatures(opts: DocumentFeaturesOptions) {
  const { settings, events, log } = opts;
  const now = opts.now ?? (() => new Date());
  const printer = createDocumentPrinter({
    driver: opts.driver,
    settings,
    dir: join(opts.dataDir, 'documents'),
  });
  const search = createOrderSearch({ api: opts.api, queue: opts.queue });

  async function detail(orderCode: string): Promise<OrderDetail> {
    const cached = opts.queue.lookup(orderCode);
    if (cached?.detail) return cached.detail;
    const id =
      cached?.orderId ?? (await search.find(orderCode)).hits.find((h) => h.orderCode === orderCode)?.orderId;
    if (id === undefined || id === null)
      throw new StationError({
        kind: 'not_found',
        message: `Order ${orderCode} was not found.`,
        key: { key: 'benchErrors.orderNotFound', values: { code: orderCode } },
      });
    return opts.api().getOrderDetail(id);
  }
  const slips: Slips = createSlips({ detail, printer, media: () => settings.current().documentMedia });

  const store = new HandoverStore(opts.dataDir);
  const damaged = await store.load();
  if (damaged)
    log.error('The handover history could not be read; it was moved aside and a new one started', {
      movedTo: damaged,
    });
  const handover = createHandoverService({ api: opts.api, store, now });

  const batchFollower = followBatches({
    notePickup: (code, option) => store.notePickup(code, option),
    slips,
    slipsWithLabel: () => settings.current().packingSlips === 'with_label',
    notice: (message) => events.emit('app:notice', { level: 'warning', message }),
    log,
  });
  const unsubscribe = events.subscribe((event) => {
    if (event.name === 'batch:changed') return batchFollower(event.payload);
    if (event.name !== 'flow:step') return;
    const { step, state, orderCode, detail: d } = event.payload;
    if (step === 'set_packed' && (state === 'done' || state === 'queued')) {
      const option = d?.pickupOption;
      if (typeof option === 'string' && (PICKUP_OPTIONS as readonly string[]).includes(option))
        void store
          .notePickup(orderCode, option as PickupOption)
          .catch((error: unknown) =>
            log.error('Could not keep the pickup option for the handover', { orderCode, error }),
          );
    }
    // A tray's separator slip is a print step too, but not a label: no packing slip for it.
    const label = step === 'print' && state === 'done' && d?.separator !== true;
    if (label && settings.current().packingSlips === 'with_label') {
      void slips.printSlip(orderCode).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        log.warn('Packing slip did not print', { orderCode, error: message });
        events.emit('app:notice', {
          level: 'warning',
          message: `${orderCode}: the packing slip did not print — ${message}`,
        });
      });
    }
  });

  return {
    printer,
    slips,
    handover,
    search,
    handlers: {
      ...documentsHandlers({ printer, slips, now }),
      ...handoverHandlers({
        service: handover,
        printer,
        timeZone: () => settings.current().timeZone,
        now,
        packer: opts.packer,
      }),
      ...searchHandlers(search),
    },
    close: unsubscribe,
  };
}

export type DocumentFeatures = Awaited<ReturnType<typeof createDocumentFeatures>>;
