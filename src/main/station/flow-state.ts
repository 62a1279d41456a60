// The pack flow's shared memory, each piece a small object that owns its state: which scan an outbox
// action belongs to, work still being journaled, labels waiting for confirmation, orders being packed.
// Station files change them only through these methods.
import type { StepState } from './types';

/** Outbox actions that outlive their scan (queued, after-print): which scan shows them, in which state. */
export class OutboxScans {
  private readonly byId = new Map<string, { scanId: string; shown: StepState }>();

  /** From now on, changes of action `id` are shown on `scanId`'s steps; `shown` is what shows now. */
  follow(id: string, scanId: string, shown: StepState): void {
    this.byId.set(id, { scanId, shown });
  }

  scanOf(id: string): string | null {
    return this.byId.get(id)?.scanId ?? null;
  }

  /**
   * The action reached `state`: the scan to show it on, or null when nothing new is to be shown (not
   * followed, same state, or a retry of a queued step — it stays "queued" until it settles, no flicker).
   * A settled action is no longer followed.
   */
  advance(id: string, state: StepState): string | null {
    const followed = this.byId.get(id);
    if (!followed) return null;
    if (state === followed.shown || (state === 'running' && followed.shown === 'queued')) return null;
    followed.shown = state;
    if (state === 'done' || state === 'failed' || state === 'skipped') this.byId.delete(id);
    return followed.scanId;
  }
}

/** Work still in flight that a shutdown waits for (after-print journaling, scans). */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    void work.finally(() => this.running.delete(work)).catch(() => undefined);
    return work;
  }

  /** Resolves once nothing tracked is running, including work started while waiting. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

/** Confirm-label mode: printed orders waiting for their tracking barcode, with the scan that printed them. */
export class ConfirmWaits {
  private readonly byCode = new Map<string, string>();

  wait(orderCode: string, scanId: string): void {
    this.byCode.set(orderCode, scanId);
  }

  has(orderCode: string): boolean {
    return this.byCode.has(orderCode);
  }

  codes(): string[] {
    return [...this.byCode.keys()];
  }

  /** The label was confirmed: no longer waiting; the scan that printed it, when known. */
  take(orderCode: string): string | null {
    const scanId = this.byCode.get(orderCode) ?? null;
    this.byCode.delete(orderCode);
    return scanId;
  }
}

/** Orders with a set-packed call of this station in flight (a 409 then is not "packed elsewhere"). */
export class PackingNow {
  private readonly codes = new Set<string>();

  async during<T>(orderCode: string, work: () => Promise<T>): Promise<T> {
    this.codes.add(orderCode);
    try {
      return await work();
    } finally {
      this.codes.delete(orderCode);
    }
  }

  has(orderCode: string): boolean {
    return this.codes.has(orderCode);
  }
}
