// The steps after the print (mark printed, ship) run off the packer's path. AfterPrintQueue is the seam
// a durable outbox replaces later; this in-memory runner works each order's tasks in sequence, retries
// network/timeout/5xx with backoff, and reports anything else (a 4xx) as a failed step event.
import type { FlowStep } from '../../shared/errors';
import { toErrorInfo } from './error-info';
import type { StepEvent } from './types';

export type AfterPrintTask = 'mark_printed' | 'ship';

export interface AfterPrintJob {
  orderCode: string;
  scanId: string;
  tasks: AfterPrintTask[];
}

export interface AfterPrintQueue {
  enqueue(job: AfterPrintJob): void;
  /** Resolves when nothing is queued or running (tests, shutdown). */
  idle(): Promise<void>;
}

export interface InMemoryAfterPrintOptions {
  execute: (task: AfterPrintTask, orderCode: string) => Promise<void>;
  onStep: (event: StepEvent) => void;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  maxAttempts?: number;
  baseDelayMs?: number;
}

export class InMemoryAfterPrintQueue implements AfterPrintQueue {
  private readonly chains = new Map<string, Promise<void>>();
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly opts: InMemoryAfterPrintOptions) {
    this.now = opts.now ?? (() => new Date());
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  enqueue(job: AfterPrintJob): void {
    const previous = this.chains.get(job.orderCode) ?? Promise.resolve();
    const chain = previous.then(() => this.runJob(job));
    this.chains.set(job.orderCode, chain);
    void chain.finally(() => {
      if (this.chains.get(job.orderCode) === chain) this.chains.delete(job.orderCode);
    });
  }

  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }

  private async runJob(job: AfterPrintJob): Promise<void> {
    for (const task of job.tasks) {
      // Ship only after mark-printed succeeded: a failed task stops the rest of this job.
      if (!(await this.runTask(job, task))) return;
    }
  }

  private async runTask(job: AfterPrintJob, task: AfterPrintTask): Promise<boolean> {
    const step: FlowStep = task;
    const started = this.now();
    const base = { orderCode: job.orderCode, scanId: job.scanId, step, startedAt: started.toISOString() };
    const maxAttempts = this.opts.maxAttempts ?? 6;
    this.emit({ ...base, state: 'running' });
    for (let attempt = 1; ; attempt++) {
      try {
        await this.opts.execute(task, job.orderCode);
        this.emit({ ...base, state: 'done', durationMs: this.now().getTime() - started.getTime() });
        return true;
      } catch (err) {
        const error = toErrorInfo(err, step);
        if (!error.retryable || attempt >= maxAttempts) {
          this.emit({
            ...base,
            state: 'failed',
            durationMs: this.now().getTime() - started.getTime(),
            error,
          });
          return false;
        }
        this.emit({ ...base, state: 'running', detail: { attempt: attempt + 1, retryAfter: error.message } });
        const base2 = this.opts.baseDelayMs ?? 500;
        await this.sleep(Math.min(base2 * 2 ** (attempt - 1), 30_000));
      }
    }
  }

  private emit(event: StepEvent): void {
    try {
      this.opts.onStep(event);
    } catch {
      /* a listener's bug must not stop shipping */
    }
  }
}
