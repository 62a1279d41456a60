// Wraps each flow step in its events: running, then done/failed/skipped with the duration, so the screen
// shows every step live. A step that ends the scan early throws FlowEnd carrying the scan's outcome.
import type { ErrorInfo, FlowStep } from '../../shared/errors';
import { toErrorInfo } from '../errors/error-info';
import type { ScanOutcome, StepEvent, StepState } from './types';

export interface StepContext {
  orderCode: string;
  scanId: string;
}

/** How an outboxed step ended: done, or queued (with why it waits). */
export interface OutboxedEnd {
  state: 'done' | 'queued';
  detail?: Record<string, unknown>;
  reason?: ErrorInfo;
}

/** Ends a scan with a typed outcome (a stop, packed elsewhere, the tray) instead of a failure. */
export class FlowEnd extends Error {
  constructor(
    readonly outcome: ScanOutcome,
    readonly stepState: Exclude<StepState, 'running'> = 'done',
    readonly error?: ErrorInfo,
    readonly detail?: Record<string, unknown>,
  ) {
    super(`scan ended: ${outcome.kind}`);
  }
}

/** A step failed: the scan stops here and says why. */
export class StepFailed extends Error {
  constructor(readonly error: ErrorInfo) {
    super(error.message);
  }
}

export class StepRunner {
  constructor(
    private readonly onStep: (event: StepEvent) => void,
    private readonly now: () => Date,
  ) {}

  async run<T>(
    ctx: StepContext,
    step: FlowStep,
    fn: () => Promise<T>,
    describe?: (result: T) => Record<string, unknown>,
    startDetail?: Record<string, unknown>,
  ): Promise<T> {
    return this.exec(ctx, step, fn, (result) => ({ state: 'done', detail: describe?.(result) }), startDetail);
  }

  /**
   * A step that may end 'queued' (journaled in the outbox, waiting for the API) instead of 'done';
   * `fn` says which, with the detail to show. Failures behave as in run().
   */
  async runOutboxed(
    ctx: StepContext,
    step: FlowStep,
    fn: () => Promise<OutboxedEnd>,
    startDetail?: Record<string, unknown>,
  ): Promise<'done' | 'queued'> {
    const end = await this.exec(ctx, step, fn, (r) => r, startDetail);
    return end.state;
  }

  private async exec<T>(
    ctx: StepContext,
    step: FlowStep,
    fn: () => Promise<T>,
    finish: (result: T) => OutboxedEnd | { state: 'done'; detail?: Record<string, unknown> },
    startDetail?: Record<string, unknown>,
  ): Promise<T> {
    const started = this.now();
    const base = { orderCode: ctx.orderCode, scanId: ctx.scanId, step, startedAt: started.toISOString() };
    this.emit({ ...base, state: 'running', ...(startDetail ? { detail: startDetail } : {}) });
    const took = () => this.now().getTime() - started.getTime();
    try {
      const result = await fn();
      const end = finish(result);
      const error = 'reason' in end && end.reason ? { error: end.reason } : {};
      this.emit({
        ...base,
        state: end.state,
        durationMs: took(),
        ...(end.detail ? { detail: end.detail } : {}),
        ...error,
      });
      return result;
    } catch (err) {
      if (err instanceof FlowEnd) {
        const extra = {
          ...(err.error ? { error: err.error } : {}),
          ...(err.detail ? { detail: err.detail } : {}),
        };
        this.emit({ ...base, state: err.stepState, durationMs: took(), ...extra });
        throw err;
      }
      const error = err instanceof StepFailed ? err.error : toErrorInfo(err, step);
      this.emit({ ...base, state: 'failed', durationMs: took(), error });
      throw new StepFailed(error);
    }
  }

  /** Emits one event of a step that runs outside a scan (outbox replay, a label fetched later). */
  event(ctx: StepContext, step: FlowStep, state: StepState, extra: Partial<StepEvent> = {}): void {
    this.emit({
      orderCode: ctx.orderCode,
      scanId: ctx.scanId,
      step,
      state,
      startedAt: this.now().toISOString(),
      ...extra,
    });
  }

  /** A step that fails before it can start (no details to verify against): the screen still sees it. */
  fail(ctx: StepContext, error: ErrorInfo & { step: FlowStep }): StepFailed {
    const startedAt = this.now().toISOString();
    this.emit({
      orderCode: ctx.orderCode,
      scanId: ctx.scanId,
      step: error.step,
      state: 'failed',
      startedAt,
      durationMs: 0,
      error,
    });
    return new StepFailed(error);
  }

  skip(ctx: StepContext, step: FlowStep, detail?: Record<string, unknown>): void {
    this.emit({
      orderCode: ctx.orderCode,
      scanId: ctx.scanId,
      step,
      state: 'skipped',
      startedAt: this.now().toISOString(),
      ...(detail ? { detail } : {}),
    });
  }

  private emit(event: StepEvent): void {
    try {
      this.onStep(event);
    } catch {
      /* a listener's bug must not break the flow */
    }
  }
}
