// One call's cancellation: its overall deadline or the caller's signal, whichever comes first. An
// EventEmitter rather than an AbortController: undici takes either as a request's `signal`, and on Node 20
// creating an AbortSignal and listening on it costs ~5 µs per call (measured), a visible share of a
// loopback request. Only a caller's own AbortSignal, when given, is listened to.
import { EventEmitter } from 'node:events';

export class CallCancel extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;
  private readonly timer: NodeJS.Timeout;
  private readonly outer: AbortSignal | undefined;
  private readonly onOuterAbort: (() => void) | undefined;

  /** Aborts with `deadlineReason` after `deadlineMs`, or with the caller's reason when `outer` aborts. */
  constructor(deadlineMs: number, deadlineReason: unknown, outer?: AbortSignal) {
    super();
    this.timer = setTimeout(() => this.abort(deadlineReason), deadlineMs);
    this.outer = outer;
    if (outer?.aborted) {
      this.abort(outer.reason);
    } else if (outer) {
      this.onOuterAbort = () => this.abort(outer.reason);
      outer.addEventListener('abort', this.onOuterAbort, { once: true });
    }
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit('abort');
  }

  /** Waits `ms`, or rejects early with the abort reason. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.aborted) {
        reject(this.reason);
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(this.reason);
      };
      const timer = setTimeout(() => {
        this.removeListener('abort', onAbort);
        resolve();
      }, ms);
      this.once('abort', onAbort);
    });
  }

  /** Stops the deadline timer and lets go of the caller's signal; call once the call has settled. */
  dispose(): void {
    clearTimeout(this.timer);
    if (this.onOuterAbort) this.outer?.removeEventListener('abort', this.onOuterAbort);
  }
}
