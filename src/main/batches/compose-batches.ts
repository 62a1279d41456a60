// The batches feature, wired: its service on <dataDir>/batches (opened at start, so an unfinished batch
// resumes), printing through the bench's label printer at each page's true size, and its handler table.
import { join } from 'node:path';
import type { OrdersApi } from '../api/types';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../log/logger';
import { liveApi } from '../packing/live-api';
import { readPageSizes } from '../printing/pdf-page';
import type { PrintTarget } from '../printing/print-service';
import type { PrinterDriver } from '../printing/types';
import { openBatchService, type BatchService } from './batch-service';
import { batchHandlers } from './handlers';
import type { BatchPrinter } from './run-context';

export interface BatchesOptions {
  dataDir: string;
  api: () => OrdersApi;
  driver: PrinterDriver;
  /** The bench's label printer and media, read at each print. */
  target: () => PrintTarget;
  events: EventBus;
  log: Logger;
  confirmTimeoutMs?: number;
}

export function batchPrinter(driver: Pick<PrinterDriver, 'submit'>, target: () => PrintTarget): BatchPrinter {
  return {
    submit(file, title) {
      const t = target();
      // True size: a batch mixes label formats, and each page must come out as the carrier drew it.
      return driver.submit({ file, printer: t.printer, media: t.media, fitToPage: false, title });
    },
    async pages(bytes) {
      return (await readPageSizes(bytes)).length;
    },
  };
}

export function createBatches(opts: BatchesOptions) {
  const service: Promise<BatchService> = openBatchService({
    dir: join(opts.dataDir, 'batches'),
    api: () => liveApi(opts.api),
    printer: batchPrinter(opts.driver, opts.target),
    log: opts.log,
    onChange: (view) => opts.events.emit('batch:changed', view),
    confirmTimeoutMs: opts.confirmTimeoutMs,
  });
  service.catch((err: unknown) =>
    opts.log.error('Batches could not be opened', {
      error: err instanceof Error ? err.message : String(err),
    }),
  );
  return {
    handlers: batchHandlers({ api: opts.api, batches: () => service }),
    service: () => service,
    async close() {
      await (await service.catch(() => null))?.close();
    },
  };
}
