// Re-checks in main the item counts the renderer says it verified: the renderer is untrusted and a
// wrong box costs a return. Pure. What is expected is shared with the renderer (shared/orders/
// expected-lines.ts); counts are per SKU.
import { expectedPerSku, type OrderDetail } from '../../shared/orders';
import type { VerificationMode } from './types';

export type VerificationProblem =
  | { kind: 'unknown_sku'; sku: string; counted: number }
  | { kind: 'over_count'; sku: string; expected: number; counted: number }
  | { kind: 'missing'; sku: string; expected: number; counted: number };

export interface VerificationCheck {
  accepted: boolean;
  complete: boolean;
  problems: VerificationProblem[];
}

export function checkVerification(
  detail: OrderDetail,
  counts: Readonly<Record<string, number>>,
  mode: VerificationMode,
): VerificationCheck {
  const expected = new Map(expectedPerSku(detail.product_info).map((l) => [l.sku, l.quantity]));
  const problems: VerificationProblem[] = [];
  for (const [sku, counted] of Object.entries(counts)) {
    if (!Number.isInteger(counted) || counted < 0) {
      problems.push({ kind: 'unknown_sku', sku, counted: Number(counted) || 0 });
      continue;
    }
    const want = expected.get(sku);
    if (want === undefined) {
      if (counted > 0) problems.push({ kind: 'unknown_sku', sku, counted });
    } else if (counted > want) {
      problems.push({ kind: 'over_count', sku, expected: want, counted });
    }
  }
  let complete = true;
  for (const [sku, want] of expected) {
    const counted = Object.hasOwn(counts, sku) ? counts[sku] : 0;
    if (counted < want) {
      complete = false;
      if (mode === 'required') problems.push({ kind: 'missing', sku, expected: want, counted });
    }
  }
  return { accepted: problems.length === 0, complete, problems };
}
