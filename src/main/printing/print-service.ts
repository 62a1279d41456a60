// What the packing flow calls to print: checks the label is a PDF, reads every page (count capped, each size
// compared with the media) BEFORE anything goes to the printer, keeps a copy for reprint, hands exactly the
// checked file to the OS and returns as soon as the job is accepted; follow() watches it finish.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PrinterError } from './errors';
import { labelFileKey } from './label-error-keys';
import { createLabelCache, type LabelCache } from './label-cache';
import { LabelPagesError, MAX_LABEL_PAGES, checkLabelPages, type PageSizeWarning } from './pdf-page';
import { sharedPageInspector, type PageInspector } from '../pdf/page-inspector';
import { createTestLabelPdf } from './test-label';
import type { JobState, LabelMedia, PrintJob, PrinterDriver, PrinterInfo } from './types';

export interface PrintServiceClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: PrintServiceClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface PrintServiceOptions {
  driver: PrinterDriver;
  /** Where printed labels are kept for reprint (and the test label is written). */
  labelsDir: string;
  clock?: PrintServiceClock;
  /** Printed on the test label. */
  stationName?: string;
  /** Most pages a label may have (default 2); a longer file is refused, nothing printed. */
  maxPages?: number;
  /** Reads pages off the main thread (default: the process-wide warm worker). */
  pageInspector?: PageInspector;
}

export interface PrintTarget {
  printer: string;
  media: LabelMedia;
  fitToPage?: boolean;
  copies?: number;
}

export interface PrintLabelRequest extends PrintTarget {
  orderCode: string;
  /** The downloaded label PDF. */
  file: string;
}

export interface PrintLabelResult {
  job: PrintJob;
  /** A page of the label is not the media's size: printed anyway, but the packer should know. */
  warning?: PageSizeWarning;
  /** Pages checked and sent. */
  pages: number;
  /** The copy kept for reprint (the file actually sent to the printer). */
  file: string;
}

export type FollowResult = { state: 'completed' } | { state: 'failed' | 'stuck' | 'unknown'; reason: string };

export interface FollowOptions {
  /** Give up (stuck) when the job makes no progress for this long. */
  timeoutMs?: number;
  pollMs?: number;
  /** Wait this long before the first look (default 0): a look at once only competes with the spooler. */
  firstLookAfterMs?: number;
}

export interface PrintService {
  readonly labels: LabelCache;
  listPrinters(): Promise<PrinterInfo[]>;
  defaultPrinter(): Promise<string | null>;
  /** A label for this target is coming soon: let the driver check the printer ahead (never throws). */
  prepare(target: Pick<PrintTarget, 'printer'>): void;
  printLabel(req: PrintLabelRequest): Promise<PrintLabelResult>;
  /** Prints the kept copy of an order's label again. */
  reprint(orderCode: string, target: PrintTarget): Promise<PrintLabelResult>;
  follow(job: PrintJob, options?: FollowOptions): Promise<FollowResult>;
  testLabel(printer: string, media: LabelMedia): Promise<PrintLabelResult>;
}

const PDF_MAGIC = '%PDF-';

export function createPrintService(options: PrintServiceOptions): PrintService {
  const { driver, labelsDir } = options;
  const clock = options.clock ?? systemClock;
  const labels = createLabelCache({ dir: labelsDir, clock });
  const maxPages = options.maxPages ?? MAX_LABEL_PAGES;
  const inspector = options.pageInspector ?? sharedPageInspector();

  async function readPdf(file: string, what: string): Promise<Uint8Array> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (cause) {
      throw new PrinterError(`The ${what} file is missing — fetch the label again.`, {
        code: 'file_missing',
        kind: 'label',
        detail: file,
        cause,
        key: labelFileKey('fileMissing', what),
      });
    }
    if (Buffer.from(bytes.subarray(0, PDF_MAGIC.length)).toString('latin1') !== PDF_MAGIC) {
      throw new PrinterError(`The ${what} is not a PDF, so it was not printed — fetch the label again.`, {
        code: 'not_pdf',
        kind: 'label',
        detail: file,
        key: labelFileKey('notPdf', what),
      });
    }
    return bytes;
  }

  /** Every page read before printing; a file that cannot be read or is too long is not printed. */
  async function checkPages(bytes: Uint8Array, target: PrintTarget, what: string) {
    try {
      return await checkLabelPages(bytes, target.media, {
        fitToPage: target.fitToPage ?? false,
        maxPages,
        inspector,
      });
    } catch (cause) {
      if (!(cause instanceof LabelPagesError)) throw cause;
      const tooLong = cause.reason === 'too_many_pages';
      throw new PrinterError(
        `${cause.message} Nothing was printed — ${
          tooLong ? 'check the label with the marketplace or the carrier' : 'fetch the label again'
        }.`,
        {
          code: tooLong ? 'too_many_pages' : 'unreadable_pdf',
          kind: 'label',
          detail: what,
          cause,
          key: { key: `printerErrors.pages.${cause.reason}`, values: cause.values },
        },
      );
    }
  }

  async function submit(file: string, title: string, target: PrintTarget): Promise<PrintJob> {
    return driver.submit({
      file,
      printer: target.printer,
      media: target.media,
      fitToPage: target.fitToPage ?? false,
      title,
      copies: target.copies ?? 1,
    });
  }

  /**
   * Checks `bytes` and only then submits `file`, which must hold exactly those bytes (what prints is what
   * was checked). Checked before submitting, so a refused label never reaches the printer; the worker is
   * warm, so the check costs a message round trip. `keep` files the copy for reprint once the check passed.
   */
  async function printPdf(
    bytes: Uint8Array,
    file: string | (() => Promise<string>),
    title: string,
    target: PrintTarget,
  ): Promise<PrintLabelResult> {
    const { pages, warning } = await checkPages(bytes, target, title);
    const path = typeof file === 'string' ? file : await file();
    const job = await submit(path, title, target);
    return warning ? { job, warning, file: path, pages } : { job, file: path, pages };
  }

  return {
    labels,
    listPrinters: () => driver.listPrinters(),
    defaultPrinter: () => driver.defaultPrinter(),

    prepare(target) {
      // A label is coming: have the page reader up before it arrives.
      inspector.warm();
      try {
        driver.prepare?.(target.printer);
      } catch {
        // Only a head start: submit checks the printer anyway.
      }
    },

    async printLabel(req) {
      const bytes = await readPdf(req.file, `label for ${req.orderCode}`);
      // Print the kept copy: the download may be a temp file that is gone by the time it is reprinted.
      // A file that already is the kept copy (the flow files each download there) is not written again.
      const kept = () =>
        req.file === labels.pathFor(req.orderCode)
          ? Promise.resolve(req.file)
          : labels.put(req.orderCode, bytes);
      return printPdf(bytes, kept, `label ${req.orderCode}`, req);
    },

    async reprint(orderCode, target) {
      const kept = await labels.get(orderCode);
      if (!kept) {
        throw new PrinterError(
          `No saved label for ${orderCode} on this station — fetch it from the API again.`,
          {
            code: 'file_missing',
            kind: 'label',
            key: { key: 'printerErrors.noSavedLabel', values: { code: orderCode } },
          },
        );
      }
      const bytes = await readPdf(kept, `saved label for ${orderCode}`);
      return printPdf(bytes, kept, `label ${orderCode} (reprint)`, target);
    },

    follow(job, followOptions = {}) {
      return followJob(driver, clock, job, followOptions);
    },

    async testLabel(printer, media) {
      const bytes = await createTestLabelPdf({
        stationName: options.stationName ?? 'Packing Station',
        printer,
        media,
        printedAt: new Date(clock.now()),
      });
      const dir = join(labelsDir, 'test-labels');
      await mkdir(dir, { recursive: true });
      const file = join(dir, `test-label-${media}.pdf`);
      await writeFile(file, bytes);
      return printPdf(bytes, file, `test label ${media}`, { printer, media, fitToPage: false });
    },
  };
}

/** Polls the job until it ends, CUPS says why it cannot go on, or nothing moves for timeoutMs. */
async function followJob(
  driver: PrinterDriver,
  clock: PrintServiceClock,
  job: PrintJob,
  { timeoutMs = 60_000, pollMs = 1_000, firstLookAfterMs = 0 }: FollowOptions,
): Promise<FollowResult> {
  let lastState: JobState['state'] | null = null;
  let lastError: unknown = null;
  let since = clock.now();
  if (firstLookAfterMs > 0) await clock.sleep(firstLookAfterMs);
  for (;;) {
    let state: JobState | null = null;
    try {
      state = await driver.jobState(job);
    } catch (error) {
      lastError = error;
    }
    if (state) {
      switch (state.state) {
        case 'completed':
          return { state: 'completed' };
        case 'failed':
          return { state: 'failed', reason: state.reason };
        case 'unknown':
          return { state: 'unknown', reason: state.reason };
        case 'held':
        case 'stopped':
          // CUPS already says why the job cannot go on: no point waiting out the timeout.
          return { state: 'stuck', reason: state.reason };
      }
      if (state.state !== lastState) {
        lastState = state.state;
        since = clock.now();
      }
    }
    const waited = clock.now() - since;
    if (waited >= timeoutMs) {
      if (lastState === null) {
        const why = lastError instanceof Error ? lastError.message : 'no answer';
        return { state: 'unknown', reason: `Could not ask printer ${job.printer} about the label: ${why}` };
      }
      const seconds = Math.round(waited / 1000);
      return {
        state: 'stuck',
        reason:
          lastState === 'processing'
            ? `Printer ${job.printer} has been on the label for ${seconds} s without finishing — check it for a jam or an empty roll.`
            : `The label has waited ${seconds} s in the queue of printer ${job.printer} — check the printer is on, has labels and is not paused.`,
      };
    }
    await clock.sleep(pollMs);
  }
}
