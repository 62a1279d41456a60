// What a scan means while an order's items are being verified. The same scanner reads items, command
// cards and order labels, so one code is tried in a fixed order: an item of the order in hand first (the
// common case, and a SKU must never be swallowed by anything else), then a command card, then another
// order's code. Switching orders parks the one in hand, so that is only proposed: the UI must confirm.
import { isCommandCode, parseCommand, type Command } from '../../../shared/commands';
import {
  matchingLines,
  scanItem,
  type BarcodeMap,
  type VerificationResult,
  type VerificationState,
} from './verification';

export interface VerificationScanContext {
  state: VerificationState;
  barcodes: BarcodeMap;
  /** The order being verified (re-scanning its own label is not a switch). */
  currentOrderCode: string;
  /** Whether a code is a known order of this station (the work queue's code → id index). */
  isOrderCode: (code: string) => boolean;
}

export type VerificationScanDecision =
  /** An item of the current order: counted (ok) or refused (over_count); result.state is the new state. */
  | { kind: 'item'; result: VerificationResult }
  | { kind: 'command'; command: Command }
  /** The current order's own code again: nothing to do. */
  | { kind: 'current_order' }
  /** Another order's code: the UI asks before parking the current order and starting that one. */
  | { kind: 'switch_order'; orderCode: string }
  /** Neither: for the packer this is a wrong item (not in this order). */
  | { kind: 'unknown'; code: string };

export function decideVerificationScan(code: string, ctx: VerificationScanContext): VerificationScanDecision {
  const scanned = code.trim();
  if (matchingLines(ctx.state, scanned, ctx.barcodes).length > 0) {
    return { kind: 'item', result: scanItem(ctx.state, scanned, ctx.barcodes) };
  }
  const command = parseCommand(scanned);
  if (command) return { kind: 'command', command };
  // An unknown card of the command namespace is not an order, whatever the index says.
  if (isCommandCode(scanned) || !scanned) return { kind: 'unknown', code: scanned };
  if (scanned === ctx.currentOrderCode.trim()) return { kind: 'current_order' };
  if (ctx.isOrderCode(scanned)) return { kind: 'switch_order', orderCode: scanned };
  return { kind: 'unknown', code: scanned };
}
