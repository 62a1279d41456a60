// Where a scan waits while the packer scans the items in the renderer. The renderer's counts are checked
// again here against the order's detail; with "required" the flow moves on only when every line is there.
import type { ErrorInfo, Result } from '../../shared/errors';
import type { OrderDetail } from '../../shared/orders';
import { problem } from '../errors/error-info';
import { checkVerification, type VerificationCheck } from './verification';
import type { VerificationMode } from './types';

export type GateResult = { kind: 'verified'; check: VerificationCheck } | { kind: 'parked' };

interface Waiting {
  orderCode: string;
  detail: OrderDetail;
  mode: VerificationMode;
  resolve: (result: GateResult) => void;
}

export class VerificationGate {
  private waiting: Waiting | null = null;

  wait(orderCode: string, detail: OrderDetail, mode: VerificationMode): Promise<GateResult> {
    this.park();
    return new Promise((resolve) => {
      this.waiting = { orderCode, detail, mode, resolve };
    });
  }

  waitingFor(): string | null {
    return this.waiting?.orderCode ?? null;
  }

  /** Accepts the renderer's counts when they hold against the detail; otherwise the flow keeps waiting. */
  finish(orderCode: string, counts: Readonly<Record<string, number>>): Result<VerificationCheck> {
    const waiting = this.waiting;
    if (!waiting || waiting.orderCode !== orderCode) {
      return fail(
        problem('invalid_input', 'verify', `Order ${orderCode} is not waiting for item checks.`, undefined, {
          key: 'stationErrors.notVerifying',
          values: { code: orderCode },
        }),
      );
    }
    const check = checkVerification(waiting.detail, counts, waiting.mode);
    if (!check.accepted) {
      const words = check.problems
        .map((p) =>
          p.kind === 'unknown_sku'
            ? `${p.sku} is not in this order`
            : p.kind === 'over_count'
              ? `${p.sku}: ${p.counted} counted, order has ${p.expected}`
              : `${p.sku}: ${p.counted} of ${p.expected}`,
        )
        .join('; ');
      return fail(
        problem('validation', 'verify', `Items do not match the order: ${words}.`, 'Check the box.', {
          key: 'stationErrors.itemsMismatch',
          values: { problems: words },
        }),
      );
    }
    this.waiting = null;
    waiting.resolve({ kind: 'verified', check });
    return { ok: true, value: check };
  }

  /** Leaves the order waiting (a newer scan, or "cancel current order"): nothing gets packed. */
  park(): boolean {
    const waiting = this.waiting;
    if (!waiting) return false;
    this.waiting = null;
    waiting.resolve({ kind: 'parked' });
    return true;
  }
}

function fail(error: ErrorInfo): Result<VerificationCheck> {
  return { ok: false, error };
}
