// The order status machine (design.md §1 rows 6–8, 10, 12) as pure functions: given an order's state
// and an action, either the status it moves to or the refusal message naming its current status.
import { STATUS_LABELS, type OrderStatus } from '../../shared/orders';

export type OrderAction =
  | 'set_process'
  | 'set_packed'
  | 'set_process_packed'
  | 'ship'
  | 'completed'
  | 'return'
  | 'cancel'
  | 'request_cancel'
  | 'approve_cancel'
  | 'reject_cancel'
  | 'label'
  | 'update';

export interface TransitionSubject {
  code: string;
  status: OrderStatus;
  fulfillByMp: boolean;
  cancelRequestOpen: boolean;
}

export type TransitionCheck = { ok: true; to: OrderStatus } | { ok: false; message: string };

interface Rule {
  from: readonly OrderStatus[];
  /** Target status; undefined keeps the current one (labels, requests, updates). */
  to?: OrderStatus;
  /** Words for the refusal: "… cannot be <verb>". */
  verb: string;
  /** Fulfillment steps the marketplace does itself for fulfill_by_mp orders. */
  fulfillment?: boolean;
  /** Refused while the buyer's cancellation request is open: never ship what was asked to cancel. */
  blockedByRequest?: boolean;
  needsRequest?: boolean;
  refusesSecondRequest?: boolean;
}

export const CANCELLABLE: readonly OrderStatus[] = ['pending', 'to_process', 'process', 'packed'];

const RULES: Record<OrderAction, Rule> = {
  set_process: {
    from: ['to_process'],
    to: 'process',
    verb: 'set to process',
    fulfillment: true,
    blockedByRequest: true,
  },
  set_packed: { from: ['process'], to: 'packed', verb: 'packed', fulfillment: true, blockedByRequest: true },
  set_process_packed: {
    from: ['to_process', 'process'],
    to: 'packed',
    verb: 'processed and packed',
    fulfillment: true,
    blockedByRequest: true,
  },
  ship: { from: ['packed'], to: 'shipped', verb: 'shipped', fulfillment: true, blockedByRequest: true },
  completed: { from: ['shipped'], to: 'completed', verb: 'completed', fulfillment: true },
  return: { from: ['shipped', 'completed'], to: 'returned', verb: 'returned' },
  cancel: { from: CANCELLABLE, to: 'cancelled', verb: 'cancelled' },
  request_cancel: { from: CANCELLABLE, verb: 'asked to cancel', refusesSecondRequest: true },
  approve_cancel: { from: CANCELLABLE, to: 'cancelled', verb: 'cancelled', needsRequest: true },
  reject_cancel: { from: CANCELLABLE, verb: 'given a cancellation answer', needsRequest: true },
  label: { from: ['packed', 'shipped', 'completed'], verb: 'given a shipping label', fulfillment: true },
  update: { from: ['pending', 'to_process', 'process'], verb: 'updated' },
};

export function checkAction(action: OrderAction, order: TransitionSubject): TransitionCheck {
  const rule = RULES[action];
  const is = `Order ${order.code} is ${STATUS_LABELS[order.status]}`;
  if (rule.fulfillment && order.fulfillByMp) {
    return { ok: false, message: `${is} and fulfilled by the marketplace: it cannot be ${rule.verb} here` };
  }
  if (rule.needsRequest && !order.cancelRequestOpen) {
    return { ok: false, message: `${is} and has no open cancellation request` };
  }
  if (rule.refusesSecondRequest && order.cancelRequestOpen) {
    return { ok: false, message: `${is} and already has an open cancellation request` };
  }
  if (rule.blockedByRequest && order.cancelRequestOpen) {
    return {
      ok: false,
      message: `${is} with an open cancellation request: approve or reject it before it can be ${rule.verb}`,
    };
  }
  if (!rule.from.includes(order.status)) {
    return { ok: false, message: `${is}: it cannot be ${rule.verb}` };
  }
  return { ok: true, to: rule.to ?? order.status };
}

/** The statuses set-process-packed walks through from `from` (to_process → process → packed). */
export function processPackedSteps(from: OrderStatus): OrderStatus[] {
  return from === 'to_process' ? ['process', 'packed'] : ['packed'];
}
