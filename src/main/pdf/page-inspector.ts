// Reads a label PDF's page count and page sizes OFF the main thread. The label comes from outside (the API
// names a URL, a CDN serves the bytes) and pdf-lib is a full parser: a hostile or broken file can make it
// loop, recurse until the stack runs out or allocate without bound. So the parse runs in a worker_thread
// with its own heap and stack limits and a timeout; on a timeout or a crash the worker is terminated and the
// next label gets a fresh one. A bounded MediaBox/page-count reader of our own was the alternative; it would
// be a second PDF parser (xref streams, object streams, inherited boxes) to keep correct, where this keeps
// pdf-lib's and only takes its blast radius off the station's thread.
// The worker is started once and kept warm (unref'd while idle), so a label pays a message round trip, not
// a start-up; `warm()` starts it ahead of the first label.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { PAGE_WORKER_SOURCE } from './page-worker-source';

export interface PageSize {
  w: number;
  h: number;
}

export interface PdfPages {
  /** Pages in the document. */
  count: number;
  /** Each page's size in points, rotation applied; empty when count is over the asked maximum. */
  pages: PageSize[];
}

export type PdfInspectFailure = 'unreadable' | 'timeout' | 'too_large' | 'crashed';

export class PdfInspectError extends Error {
  constructor(
    readonly reason: PdfInspectFailure,
    message: string,
  ) {
    super(message);
    this.name = 'PdfInspectError';
  }
}

export interface PageInspectorOptions {
  /** Longest a check may take once sent, start-up included (default 10 s). */
  timeoutMs?: number;
  /** The worker's heap (default 256 MiB old generation) and stack limits. */
  resourceLimits?: NonNullable<ConstructorParameters<typeof Worker>[1]>['resourceLimits'];
  /** Worker code; tests swap in a worker that hangs or dies. */
  source?: string;
}

export interface PageInspector {
  /** Page count, and each page's size when there are at most `maxPages`. Rejects with PdfInspectError. */
  inspect(bytes: Uint8Array, maxPages: number): Promise<PdfPages>;
  /** Starts the worker now (never throws), so the first label does not wait for it. */
  warm(): void;
  close(): Promise<void>;
}

const DEFAULT_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

interface Reply {
  id?: number;
  ready?: boolean;
  count?: number;
  pages?: PageSize[];
  error?: string;
}

export function createPageInspector(options: PageInspectorOptions = {}): PageInspector {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const pdfLibPath = createRequire(import.meta.url).resolve('pdf-lib');
  let worker: Worker | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;
  // The check out now, and the worker it was sent to: a terminated worker's late exit must not settle the
  // next check, which went to a fresh worker.
  let current: { id: number; worker: Worker; settle: (reply: Reply | PdfInspectError) => void } | null = null;

  function start(): Worker {
    if (worker) return worker;
    const w = new Worker(options.source ?? PAGE_WORKER_SOURCE, {
      eval: true,
      workerData: { pdfLibPath },
      resourceLimits: options.resourceLimits ?? DEFAULT_LIMITS,
      // Nothing from the station's environment or stdin is needed in there.
      env: {},
      stdin: false,
    });
    w.unref();
    w.on('message', (reply: Reply) => {
      if (current?.worker === w && reply.id === current.id) current.settle(reply);
    });
    w.on('error', (err: Error & { code?: string }) => {
      if (worker === w) worker = null;
      if (current?.worker !== w) return;
      current.settle(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new PdfInspectError('too_large', 'the PDF needs more memory to read than a label may use')
          : new PdfInspectError('crashed', `the PDF reader stopped: ${err.message}`),
      );
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      if (current?.worker === w) {
        current.settle(new PdfInspectError('crashed', `the PDF reader stopped (exit ${code})`));
      }
    });
    worker = w;
    return w;
  }

  function once(bytes: Uint8Array, maxPages: number): Promise<PdfPages> {
    return new Promise<PdfPages>((resolve, reject) => {
      let w: Worker;
      try {
        w = start();
      } catch (err) {
        reject(new PdfInspectError('crashed', `the PDF reader could not start: ${String(err)}`));
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => {
        current?.settle(
          new PdfInspectError('timeout', `the PDF took longer than ${timeoutMs / 1000} s to read`),
        );
        // A parse that does not finish is stopped; the next label gets a fresh worker.
        if (worker === w) worker = null;
        void w.terminate();
      }, timeoutMs);
      current = {
        id,
        worker: w,
        settle: (reply) => {
          if (current?.id !== id) return;
          current = null;
          clearTimeout(timer);
          w.unref();
          if (reply instanceof PdfInspectError) reject(reply);
          else if (typeof reply.error === 'string') reject(new PdfInspectError('unreadable', reply.error));
          else resolve({ count: reply.count ?? 0, pages: reply.pages ?? [] });
        },
      };
      // Held while a check is out, so the process waits for the answer.
      w.ref();
      w.postMessage({ id, bytes, maxPages });
    });
  }

  return {
    inspect(bytes, maxPages) {
      const run = queue.then(() => once(bytes, maxPages));
      queue = run.catch(() => undefined);
      return run;
    },
    warm() {
      try {
        start();
      } catch {
        // The first inspect starts it again and reports why it cannot.
      }
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

let shared: PageInspector | null = null;

/** The process-wide inspector (one warm worker for all labels). */
export function sharedPageInspector(): PageInspector {
  shared ??= createPageInspector();
  return shared;
}
