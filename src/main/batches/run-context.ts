// What each stage of a batch run needs: its state, a way to journal a record (durable before it returns,
// then applied), the API, the batch's folder, a clock, and the printer.
import type { OrdersApi } from '../api/types';
import type { Logger } from '../log/logger';
import type { PrintJob } from '../printing/types';
import type { BatchRecord } from './records';
import type { BatchState } from './state';

export interface BatchPrinter {
  /** Submits one PDF at its true size to the station's label printer; resolves once the OS accepted it. */
  submit(file: string, title: string): Promise<PrintJob>;
  /** Page count (capped) of one label, read off the main thread; rejects with words when unreadable. */
  pages(bytes: Uint8Array): Promise<number>;
}

export interface BatchClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface RunContext {
  state: BatchState;
  record(r: BatchRecord): Promise<void>;
  api: OrdersApi;
  dir: string;
  clock: BatchClock;
  printer: BatchPrinter;
  log: Logger;
  /** Requests in flight at once (sends, tracking looks, label fetches). */
  concurrency: number;
}
