// Re-checks in main the item counts the renderer says it verified: the renderer is untrusted and a
// wrong box costs a return. Pure. Cancelled lines (`is_cancel`) are left out; counts are per SKU.
import type { OrderDetail } from '../../shared/orders';
import type { VerificationMode } from './types';

export interface ExpectedLine {
  sku: string;
  name: string | null;
  quantity: number;
}

export type VerificationProblem =
  | { kind: 'unknown_sku'; sku: string; counted: number }
  | { kind: 'over_count'; sku: string; expected: number; counted: number }
  | { kind: 'missing'; sku: string; expected: number; counted: number };

export interface VerificationCheck {
  accepted: boolean;
  complete: boolean;
  problems: VerificationProblem[];
}

/** The lines a packer must put in the box, summed per SKU. */
export function expectedLines(detail: OrderDetail): ExpectedLine[] {
  const bySku = new Map<string, ExpectedLine>();
  for (const line of detail.product_info) {
    if (line.is_cancel) continue;
    const seen = bySku.get(line.sku);
    if (seen) seen.quantity += line.quantity;
    else bySku.set(line.sku, { sku: line.sku, name: line.product_name, quantity: line.quantity });
  }
  return [...bySku.values()];
}

export function checkVerification(
  detail: OrderDetail,
  counts: Readonly<Record<string, number>>,
  mode: VerificationMode,
): VerificationCheck {
  const expected = new Map(expectedLines(detail).map((l) => [l.sku, l.quantity]));
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
