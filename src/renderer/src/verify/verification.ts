// Item verification: before an order is packed, the packer scans each item into the box and the station
// counts them against the order's product lines. Pure and immutable: every step returns a new state, so
// a store can keep it and the screen can render it as it is.
import { expectedLines } from '../../../shared/orders/expected-lines';
import type { ProductLine } from '../../../shared/orders/schemas';

export interface VerificationLine {
  orderDetailId: number;
  sku: string;
  productName: string | null;
  expected: number;
  counted: number;
}

export interface VerificationState {
  lines: readonly VerificationLine[];
}

/** Barcode printed on a product → the SKU it stands for (imported from a CSV, see barcode-csv.ts). */
export type BarcodeMap = ReadonlyMap<string, string>;

export type VerificationErrorKind = 'wrong_item' | 'over_count' | 'invalid_quantity' | 'unknown_line';

export type VerificationResult =
  | { ok: true; state: VerificationState; line: VerificationLine }
  | { ok: false; error: VerificationErrorKind; state: VerificationState; line: VerificationLine | null };

/** The lines to verify: what goes in the box (shared with main: cancelled and empty lines left out). */
export function startVerification(products: readonly ProductLine[]): VerificationState {
  return {
    lines: expectedLines(products).map((l) => ({
      orderDetailId: l.orderDetailId,
      sku: l.sku,
      productName: l.name,
      expected: l.quantity,
      counted: 0,
    })),
  };
}

/** Lines of this order a scanned code stands for: its SKU, or a barcode mapped to its SKU. */
export function matchingLines(
  state: VerificationState,
  code: string,
  barcodes: BarcodeMap = new Map(),
): VerificationLine[] {
  const scanned = code.trim();
  if (!scanned) return [];
  const bySku = linesForSku(state, scanned);
  if (bySku.length > 0) return bySku;
  const mapped = barcodes.get(scanned) ?? barcodes.get(scanned.toUpperCase());
  return mapped ? linesForSku(state, mapped) : [];
}

/** Exact SKU first; otherwise ignoring case, because a scanner with Caps Lock on flips every letter. */
function linesForSku(state: VerificationState, sku: string): VerificationLine[] {
  const exact = state.lines.filter((l) => l.sku === sku);
  if (exact.length > 0) return exact;
  const upper = sku.toUpperCase();
  return state.lines.filter((l) => l.sku.toUpperCase() === upper);
}

/** One item scanned into the box: counts up the first of its lines that still needs one. */
export function scanItem(
  state: VerificationState,
  code: string,
  barcodes: BarcodeMap = new Map(),
): VerificationResult {
  const candidates = matchingLines(state, code, barcodes);
  if (candidates.length === 0) return { ok: false, error: 'wrong_item', state, line: null };
  const open = candidates.find((l) => l.counted < l.expected);
  if (!open) return { ok: false, error: 'over_count', state, line: candidates[0] };
  return withCount(state, open.orderDetailId, open.counted + 1);
}

/** A quantity typed for a line (bulk items: 48 sachets are counted, not scanned one by one). */
export function setLineCount(
  state: VerificationState,
  orderDetailId: number,
  count: number,
): VerificationResult {
  const line = state.lines.find((l) => l.orderDetailId === orderDetailId) ?? null;
  if (!line) return { ok: false, error: 'unknown_line', state, line };
  if (!Number.isInteger(count) || count < 0) return { ok: false, error: 'invalid_quantity', state, line };
  if (count > line.expected) return { ok: false, error: 'over_count', state, line };
  return withCount(state, orderDetailId, count);
}

function withCount(state: VerificationState, orderDetailId: number, counted: number): VerificationResult {
  const lines = state.lines.map((l) => (l.orderDetailId === orderDetailId ? { ...l, counted } : l));
  const line = lines.find((l) => l.orderDetailId === orderDetailId);
  if (!line) return { ok: false, error: 'unknown_line', state, line: null };
  return { ok: true, state: { lines }, line };
}

/**
 * Every line counted in full. An order with nothing left to verify (every line cancelled) is never
 * complete: there is nothing to pack, and the flow must stop rather than ship an empty box.
 */
export function isComplete(state: VerificationState): boolean {
  return state.lines.length > 0 && state.lines.every((l) => l.counted === l.expected);
}

export function hasNothingToVerify(state: VerificationState): boolean {
  return state.lines.length === 0;
}

/** Totals for the screen: "7 of 9 items". */
export function progress(state: VerificationState): { counted: number; expected: number } {
  let counted = 0;
  let expected = 0;
  for (const l of state.lines) {
    counted += l.counted;
    expected += l.expected;
  }
  return { counted, expected };
}
