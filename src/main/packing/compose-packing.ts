// The packing bench's services, built once per station: printing, the work queue and the pack flow, all
// on the live API of the connection. Hosts reach them only through packingHandlers.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErrorInfo } from '../../shared/errors';
import type { ApiAck } from '../../shared/orders/ack';
import type { OutboxStatusView } from '../../shared/outbox/types';
import { createConnectivity, createOutbox, type Connectivity, type Outbox } from '../outbox';
import type { PrinterView, PrintJobRef, QueueStatusView, TrayEntry } from '../../shared/station';
import { toOrderView, type OrderView } from '../../shared/station/order-view';
import type { OrdersApi } from '../api/types';
import type { EventBus } from '../ipc/event-bus';
import { orderWrite } from '../order-writes/order-write';
import type { Logger } from '../log/logger';
import { createPrinterDriver, type PrinterDriver } from '../printing';
import { createPrintService, type PrintService } from '../printing/print-service';
import type { SettingsService } from '../settings/settings-service';
import { PackFlow } from '../station/pack-flow';
import { printServicePrinter } from '../station/print-service-printer';
import type { LabelPrinter, StationFlowSettings } from '../station/types';
import { WorkQueue } from '../workqueue/work-queue';
import { writeCommandSheet } from './command-sheet';
import { liveApi } from './live-api';

export interface PackingOptions {
  dataDir: string;
  api: () => OrdersApi;
  settings: SettingsService;
  events: EventBus;
  log: Logger;
  driver?: PrinterDriver;
  /** Work-queue refresh period (ms); 0 = only on demand. */
  syncIntervalMs?: number;
}

export interface PackingServices {
  flow(): Promise<PackFlow>;
  outbox(): Promise<Outbox>;
  outboxStatus(): Promise<OutboxStatusView>;
  connectivity: Connectivity;
  queue(): WorkQueue;
  trayView(): Promise<TrayEntry[]>;
  publishTray(): void;
  queueStatus(): QueueStatusView;
  refreshQueue(): Promise<void>;
  orderView(orderCode: string): OrderView | null;
  listPrinters(): Promise<PrinterView[]>;
  testLabel(): Promise<PrintJobRef>;
  commandSheet(): Promise<{ path: string; jobId: string | null }>;
  decideCancel(orderCode: string, approve: boolean): Promise<ApiAck>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export function createPacking(opts: PackingOptions): PackingServices {
  const { dataDir, settings, events, log } = opts;
  const api = liveApi(opts.api);
  const driver = opts.driver ?? createPrinterDriver(process.platform);
  const printing: PrintService = createPrintService({ driver, labelsDir: join(dataDir, 'labels') });
  let defaultPrinter: string | null = null;
  let lastSyncError: ErrorInfo | null = null;
  let queueRevision = 0;

  const queue = new WorkQueue({
    api,
    dataDir: join(dataDir, 'workqueue'),
    intervalMs: opts.syncIntervalMs ?? 60_000,
    onEvent: (event) => {
      queueRevision++;
      if (event.type === 'sync_failed') {
        lastSyncError = event.error;
        log.warn('Work-queue sync failed', { kind: event.error.kind, requestId: event.error.requestId });
      }
      if (event.type === 'synced') lastSyncError = null;
      // The queue reports the end of a sync from inside it: it is over for the screen already.
      const status = queueStatus();
      events.emit('queue:status', event.type === 'progress' ? status : { ...status, syncing: false });
    },
  });

  function target(): {
    printer: string;
    media: ReturnType<SettingsService['current']>['labelMedia'];
    fitToPage: boolean;
  } {
    const s = settings.current();
    return { printer: s.printer || defaultPrinter || '', media: s.labelMedia, fitToPage: s.fitToPage };
  }

  function flowSettings(): StationFlowSettings {
    const s = settings.current();
    const verification = s.verification === 'optional' ? 'on' : s.verification;
    return { verification, confirmLabel: s.confirmLabel, pickupOption: s.pickupOption };
  }

  // Reachability from real calls: a failure reported by the outbox (or a probe) marks offline.
  const connectivity = createConnectivity({
    probe: () => api.listOrders({ page: 1, per_page: 1 }).then(() => undefined),
  });
  const outboxPromise: Promise<Outbox> = mkdir(dataDir, { recursive: true }).then(() =>
    createOutbox({
      dir: join(dataDir, 'outbox'),
      api,
      connectivity,
      log: { info: (m) => log.info(m), warn: (m) => log.warn(m) },
    }),
  );
  const publishOutbox = throttle(
    () => void outboxStatus().then((v) => events.emit('outbox:changed', v)),
    250,
  );
  // Counted when a change happens, read with the summary: a snapshot older than an event has a lower one.
  let outboxRevision = 0;
  void outboxPromise.then((outbox) =>
    outbox.onChange(() => {
      outboxRevision++;
      publishOutbox();
    }),
  );
  connectivity.onChange((view) => {
    outboxRevision++;
    publishOutbox();
    log.info(view.online ? 'Orders API reachable again' : 'Orders API unreachable', {
      error: view.lastError?.message,
    });
    // Back online: the outbox drains by itself; the open orders may have moved meanwhile.
    if (view.online) void queue.refresh().catch(() => undefined);
  });

  async function outboxStatus(): Promise<OutboxStatusView> {
    const outbox = await outboxPromise;
    return { ...outbox.summary(), connectivity: connectivity.current(), revision: outboxRevision };
  }

  const flowPromise: Promise<PackFlow> = outboxPromise.then((outbox) =>
    PackFlow.create({
      outbox,
      onTrayChange: () => publishTray(),
      // Known offline: scans resolve from the cache at once and waiting labels are fetched on reconnect.
      connectivity,
      api,
      orders: queue,
      printer: followed(
        printServicePrinter({
          service: printing,
          driver,
          target,
          onWarning: (orderCode, warning) =>
            events.emit('app:notice', { level: 'warning', message: `${orderCode}: ${warning.message}` }),
        }),
      ),
      labels: printing.labels,
      dataDir,
      settings: flowSettings,
      onStep: (event) => {
        events.emit('flow:step', event);
        if (event.state !== 'running') log.info('step', stepLog(event));
        if (event.step === 'ship' && event.state === 'done') void publishShift();
      },
    }),
  );

  /**
   * The scan goes on once the OS accepted the job; the job is still followed to the end so a label that
   * never came out (out of labels, paused, stuck) is said loudly instead of being assumed printed. The
   * first look waits half a second: lpstat calls at once would only slow CUPS down on this very label.
   */
  function followed(printer: LabelPrinter): LabelPrinter {
    return {
      prepare: () => printer.prepare?.(),
      async print(req) {
        const job = await printer.print(req);
        void printing.follow(job, { timeoutMs: 120_000, firstLookAfterMs: 500 }).then(
          (result) => {
            if (result.state === 'completed' || result.state === 'unknown') return;
            const message = `The label of ${req.orderCode} did not print (job ${job.jobId} on ${job.printer}): ${result.reason}`;
            log.warn('Print job did not complete', {
              orderCode: req.orderCode,
              jobId: job.jobId,
              state: result.state,
            });
            events.emit('app:notice', { level: 'error', message });
          },
          (err: unknown) => log.warn('Could not follow print job', { jobId: job.jobId, error: String(err) }),
        );
        return job;
      },
    };
  }

  function queueStatus(): QueueStatusView {
    return { ...queue.status(), lastError: lastSyncError, revision: queueRevision };
  }

  async function trayView(): Promise<TrayEntry[]> {
    const flow = await flowPromise;
    return flow.tray().map((i) => ({ orderCode: i.orderCode, addedAt: i.addedAt, state: i.state }));
  }

  function publishTray(): void {
    void trayView().then((t) => events.emit('tray:changed', t));
  }

  async function publishShift(): Promise<void> {
    events.emit('shift:changed', (await flowPromise).shiftCounters());
  }

  return {
    flow: () => flowPromise,
    outbox: () => outboxPromise,
    outboxStatus,
    connectivity,
    queue: () => queue,
    trayView,
    publishTray,
    queueStatus,
    async refreshQueue() {
      await queue.refresh();
    },
    orderView(orderCode) {
      const cached = queue.lookup(orderCode);
      const view = cached ? toOrderView(cached.summary, cached.detail) : null;
      // The cache knows steps this station just did before the next sync does.
      return view && cached?.status ? { ...view, status: cached.status } : view;
    },
    async listPrinters() {
      const printers = await printing.listPrinters();
      defaultPrinter = printers.find((p) => p.isDefault)?.name ?? defaultPrinter;
      return printers.map((p) => ({
        name: p.name,
        isDefault: p.isDefault,
        state: p.state,
        detail: p.detail,
      }));
    },
    async testLabel() {
      const t = target();
      const result = await printing.testLabel(t.printer, t.media);
      return { jobId: result.job.jobId, printer: result.job.printer };
    },
    async commandSheet() {
      const path = await writeCommandSheet(join(dataDir, 'command-barcodes.pdf'));
      return { path, jobId: null };
    },
    decideCancel(orderCode, approve) {
      // Supervisor writes are never queued: replaying them later is riskier than asking again.
      const what = approve ? 'approving the cancellation' : 'rejecting the cancellation';
      return orderWrite(
        {
          connectivity,
          log,
          onOrderChanged: (code) => void queue.refreshDetail(code).catch(() => undefined),
        },
        what,
        orderCode,
        () => (approve ? api.approveCancel(orderCode) : api.rejectCancel(orderCode)),
      );
    },
    async start() {
      defaultPrinter = await printing.defaultPrinter().catch(() => null);
      await queue.start();
    },
    async close() {
      await queue.stop();
      const flow = await flowPromise.catch(() => null);
      // close(), not idle(): offline, queued actions stay in the journal instead of being waited for.
      await flow?.close();
      await (await outboxPromise.catch(() => null))?.close();
      connectivity.close();
    },
  };
}

/** At most one call per `ms`, the last one always delivered (a replay of 1,000 actions is not 4,000 events). */
function throttle(fn: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout | null = null;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      fn();
    }, ms);
  };
}

function stepLog(event: {
  orderCode: string;
  step: string;
  state: string;
  durationMs?: number;
  error?: ErrorInfo;
}): Record<string, unknown> {
  return {
    orderCode: event.orderCode,
    step: event.step,
    state: event.state,
    durationMs: event.durationMs,
    requestId: event.error?.requestId,
    error: event.error?.message,
  };
}
