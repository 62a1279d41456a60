// Finding a returned parcel's order from what was scanned: its AWB or its order code. Online, the
// station's copy is refreshed (a sync when the code is not known, tracking for the current status);
// offline, the copy answers. The answer is the order, or why it cannot be returned here, in words.
import type { MessageRef } from '../../shared/errors';
import type { ReturnLookup, ReturnOrderView } from '../../shared/ipc/returns-channels';
import { parseStatus, statusLabel, type OrderStatus } from '../../shared/orders/status';
import { isApiError } from '../api/errors';
import type { OrdersApi } from '../api/types';
import type { Connectivity } from '../outbox/types';
import {
  orderView,
  returnable,
  shippedAtOf,
  type CachedReturnOrder,
  type ReturnsIndex,
} from './returns-index';
import type { ReturnsLog } from './returns-log';

export interface LookupDeps {
  index: ReturnsIndex;
  log: Pick<ReturnsLog, 'ofOrder'>;
  api: Pick<OrdersApi, 'track'>;
  connectivity: Pick<Connectivity, 'current' | 'reportFailure' | 'reportSuccess'>;
  /** Whether the bench's return for this order still counts (not stopped or discarded). */
  stillRecorded(recordId: string): boolean;
  /** Sync again when a code is not known and the last sync is older than this (ms). */
  resyncAfterMs?: number;
  now(): number;
}

const UNREACHABLE = new Set(['network', 'timeout', 'server']);

export async function lookupReturn(deps: LookupDeps, scanned: string): Promise<ReturnLookup> {
  const code = scanned.trim();
  const online = deps.connectivity.current().online;
  let order = deps.index.find(code);
  let source: 'api' | 'cache' = 'cache';
  let tracked: ReturnOrderView | null = null;
  if (online) {
    const fresh = await live(deps, code, order);
    if (fresh !== 'offline') {
      source = 'api';
      order = fresh.order;
      tracked = fresh.tracked;
    }
  }
  const offline = source === 'cache';
  const no = (
    refusal: Refusal,
    orderCode: string | null,
    status: OrderStatus | null,
    recordedAt: string | null = null,
  ): ReturnLookup => refused({ code, refusal, orderCode, status, recordedAt, offline });
  if (!order && !tracked) return no('unknown', null, null);
  const view = order ? orderView(order, source) : (tracked as ReturnOrderView);
  const recorded = deps.log.ofOrder(view.orderCode);
  if (recorded && deps.stillRecorded(recorded.id)) {
    return no('already_recorded', view.orderCode, view.status, recorded.at);
  }
  if (view.status === 'returned') return no('already_returned', view.orderCode, view.status);
  if (!returnable(view.status)) return no('wrong_status', view.orderCode, view.status);
  return { found: true, order: view };
}

/** The index refreshed for this code; 'offline' when the API could not be reached (the copy answers). */
async function live(
  deps: LookupDeps,
  code: string,
  known: CachedReturnOrder | null,
): Promise<{ order: CachedReturnOrder | null; tracked: ReturnOrderView | null } | 'offline'> {
  try {
    let order = known;
    const last = deps.index.lastSyncAt();
    if (!order && (last === null || deps.now() - last > (deps.resyncAfterMs ?? 5_000))) {
      await deps.index.sync();
      order = deps.index.find(code);
    }
    if (order) {
      const refreshed = await deps.index.refresh(order.orderCode);
      deps.connectivity.reportSuccess();
      return { order: refreshed, tracked: null };
    }
    // Not among the newest orders: it may still be an order code (older, or another status).
    const tracked = await trackedView(deps, code);
    deps.connectivity.reportSuccess();
    return { order: null, tracked };
  } catch (err) {
    if (isApiError(err) && UNREACHABLE.has(err.kind)) {
      deps.connectivity.reportFailure(err.toInfo('resolve'));
      return 'offline';
    }
    throw err;
  }
}

async function trackedView(deps: LookupDeps, code: string): Promise<ReturnOrderView | null> {
  try {
    const t = await deps.api.track(code);
    const status = parseStatus(t.order_status);
    if (!status) return null;
    return {
      orderCode: t.order_code,
      awb: t.tracking_number,
      status,
      shippedAt: shippedAtOf(t),
      courier: t.courier,
      recipient: { name: null, phone: null, address: null, city: null },
      items: [],
      source: 'api',
    };
  } catch (err) {
    if (isApiError(err) && err.kind === 'not_found') return null;
    throw err;
  }
}

type Refusal = Extract<ReturnLookup, { found: false }>['refusal'];

/** The renderer's key for a refusal's words (benchErrors.returnRefused.*), with the code and status. */
export function refusalKey(r: Extract<ReturnLookup, { found: false }>): MessageRef {
  const key = r.refusal === 'unknown' && r.offline ? 'unknownOffline' : r.refusal;
  return {
    key: `benchErrors.returnRefused.${key}`,
    values: { code: r.code, orderCode: r.orderCode ?? '', ...(r.status ? { status: r.status } : {}) },
  };
}

function refused(r: {
  code: string;
  refusal: Refusal;
  orderCode: string | null;
  status: OrderStatus | null;
  recordedAt: string | null;
  offline: boolean;
}): ReturnLookup {
  const { code, orderCode } = r;
  const label = r.status ? statusLabel(r.status) : '';
  const message = {
    unknown: r.offline
      ? `This station's copy has no order with the AWB or order code "${code}", and the Orders API cannot be reached: keep the parcel aside and scan it again when the station is back online.`
      : `No order has the AWB or order code "${code}". Check the label, or type the order code.`,
    wrong_status: `Order ${orderCode} is ${label}: only a Shipped or Completed order can be returned.`,
    already_returned: `Order ${orderCode} is already Returned: there is nothing to record.`,
    already_recorded: `The return of order ${orderCode} was already recorded at this bench.`,
  }[r.refusal];
  return { found: false, ...r, message };
}
