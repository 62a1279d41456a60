// The packing services, built once per station: printing, the work queue, the outbox and the pack flow,
// all on the live API of the connection. Only wiring: each feature's handler table says what its
// channels do, and the composition root (app/compose.ts) spreads `handlers` into the one table.
import { join } from 'node:path';
import type { PackerRef } from '../../shared/people';
import type { QueueStatusView } from '../../shared/station';
import type { OrdersApi } from '../api/types';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../log/logger';
import type { Connectivity, Outbox } from '../outbox/types';
import type { PrintJob } from '../printing/types';
import { outboxHandlers } from '../outbox/handlers';
import { openStationOutbox } from '../outbox/station-outbox';
import { createPrinterDriver, type PrinterDriver } from '../printing';
import { printingHandlers } from '../printing/handlers';
import { createPrintService, type PrintTarget } from '../printing/print-service';
import type { SettingsService } from '../settings/settings-service';
import { flowHandlers, trayEntries } from '../station/handlers';
import { PackFlow } from '../station/pack-flow';
import { queueHandlers } from '../workqueue/handlers';
import { followedQueue } from '../workqueue/queue-status';
import type { WorkQueue } from '../workqueue/work-queue';
import { flowSettings, followShiftSettings, shiftConfig, stepPublisher } from './flow-events';
import { benchPrinter } from './bench-printer';
import { liveApi } from './live-api';
import { printTargets } from './print-target';

export interface PackingOptions {
  dataDir: string;
  api: () => OrdersApi;
  settings: SettingsService;
  events: EventBus;
  log: Logger;
  driver?: PrinterDriver;
  /** Work-queue refresh period (ms); 0 = only on demand. */
  syncIntervalMs?: number;
  /** Who is packing now (src/main/people); without it nobody is. */
  packer?: () => PackerRef | null;
}

export type PackingHandlers = ReturnType<typeof flowHandlers> &
  ReturnType<typeof queueHandlers> &
  ReturnType<typeof printingHandlers> &
  ReturnType<typeof outboxHandlers>;

export interface PackingServices {
  handlers: PackingHandlers;
  flow(): Promise<PackFlow>;
  outbox(): Promise<Outbox>;
  connectivity: Connectivity;
  /** A station document (a return slip) on the bench's printer, fitted to its media. */
  printFile(file: string, title: string): Promise<PrintJob>;
  /** The bench's printer driver and label target (the batches' one label job prints there). */
  printer: { driver: PrinterDriver; target: () => PrintTarget };
  queue: WorkQueue;
  queueStatus(): QueueStatusView;
  refreshQueue(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export function createPacking(opts: PackingOptions): PackingServices {
  const { dataDir, settings, events, log } = opts;
  const api = liveApi(opts.api);
  const driver = opts.driver ?? createPrinterDriver(process.platform);
  const printing = createPrintService({ driver, labelsDir: join(dataDir, 'labels') });
  const targets = printTargets(settings, printing);
  const queue = followedQueue({
    api,
    dataDir: join(dataDir, 'workqueue'),
    intervalMs: opts.syncIntervalMs ?? 60_000,
    events,
    log,
  });

  const { connectivity, outbox, status: outboxView } = openStationOutbox({ dataDir, api, events, log });
  // Back online: the outbox drains by itself; the open orders may have moved meanwhile.
  connectivity.onChange((view) => {
    if (view.online) void queue.queue.refresh().catch(() => undefined);
  });

  const printer = benchPrinter({ printing, driver, targets, events, log });
  const flow: Promise<PackFlow> = outbox.then((o) =>
    PackFlow.create({
      outbox: o,
      onTrayChange: (items) => events.emit('tray:changed', trayEntries(items)),
      onShiftChange: (counters) => events.emit('shift:changed', counters),
      // Known offline: scans resolve from the cache at once and waiting labels are fetched on reconnect.
      connectivity,
      api,
      orders: queue.queue,
      printer,
      labels: printing.labels,
      dataDir,
      settings: () => flowSettings(settings),
      onStep: stepPublisher({ events, log, queue: queue.queue }),
      shift: () => shiftConfig(settings),
      packer: () => opts.packer?.() ?? null,
      packerRequired: () => settings.current().packerRequired,
    }),
  );
  const unwatch = followShiftSettings(settings, flow, events);
  const publishTray = (): void => void flow.then((f) => events.emit('tray:changed', trayEntries(f.tray())));

  return {
    handlers: {
      ...flowHandlers({ flow: () => flow, publishTray, dataDir }),
      ...queueHandlers(queue),
      ...printingHandlers({ printing, target: () => targets.current(), noteDefault: targets.noteDefault }),
      ...outboxHandlers({ outbox: () => outbox, status: outboxView.read, connectivity }),
    },
    flow: () => flow,
    outbox: () => outbox,
    connectivity,
    printFile(file, title) {
      const { printer, media } = targets.current();
      return driver.submit({ file, printer, media, fitToPage: true, title });
    },
    printer: { driver, target: () => targets.current() },
    queue: queue.queue,
    queueStatus: queue.status,
    async refreshQueue() {
      await queue.queue.refresh();
    },
    async start() {
      await targets.load();
      await queue.queue.start();
    },
    async close() {
      unwatch();
      await queue.queue.stop();
      // close(), not idle(): offline, queued actions stay in the journal instead of being waited for.
      await (await flow.catch(() => null))?.close();
      await (await outbox.catch(() => null))?.close();
      outboxView.close();
      connectivity.close();
    },
  };
}
