// Courier handover: which shipped boxes wait for each courier (since that courier's last handover, or
// the last 24 hours for a first one), the dock check of scanned boxes against the list, closing a
// handover (recorded durably), and its manifest as PDF (document printer) and CSV.
import { randomUUID } from 'node:crypto';
import type {
  GroupKey,
  HandoverCheck,
  HandoverGroup,
  HandoverOrder,
  HandoverPending,
  HandoverRecord,
} from '../../shared/handover/types';
import type { OrderSummary } from '../../shared/orders';
import type { OrdersApi } from '../api/types';
import { StationError } from '../errors/station-error';
import type { HandoverStore } from './store';

export interface HandoverDeps {
  api: () => Pick<OrdersApi, 'listOrders'>;
  store: HandoverStore;
  now?: () => Date;
  /** Shipped orders looked through, newest first (default 1,000). */
  depth?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const sameKey = (a: GroupKey, b: GroupKey): boolean =>
  a.courier === b.courier && a.pickupOption === b.pickupOption;

function courierOf(s: OrderSummary): string {
  return s.logistic_carrier ?? s.logistic_provider_name ?? 'Unknown courier';
}

/** Compares scanned codes (AWB or order code, any case) with the list. */
export function checkBoxes(orders: readonly HandoverOrder[], scanned: readonly string[]): HandoverCheck {
  const norm = (v: string): string => v.trim().toUpperCase();
  const matched = new Set<string>();
  const unexpected: string[] = [];
  for (const raw of scanned) {
    const code = norm(raw);
    const hit = orders.find(
      (o) => norm(o.orderCode) === code || (o.trackingNumber && norm(o.trackingNumber) === code),
    );
    if (hit) matched.add(hit.orderCode);
    else if (!unexpected.includes(raw.trim())) unexpected.push(raw.trim());
  }
  return {
    matched: orders.filter((o) => matched.has(o.orderCode)).map((o) => o.orderCode),
    missing: orders.filter((o) => !matched.has(o.orderCode)).map((o) => o.orderCode),
    unexpected,
  };
}

export interface HandoverService {
  pending(): Promise<HandoverPending>;
  /** The group as last listed (listed again when not known yet). */
  group(key: GroupKey): Promise<HandoverGroup>;
  check(key: GroupKey, scanned: readonly string[]): Promise<HandoverCheck>;
  close(key: GroupKey, scanned: readonly string[], closedBy: string): Promise<HandoverRecord>;
  history(): HandoverRecord[];
  record(id: string): HandoverRecord;
}

export function createHandoverService(deps: HandoverDeps): HandoverService {
  const now = deps.now ?? (() => new Date());
  const depth = deps.depth ?? 1_000;
  let last: HandoverGroup[] | null = null;
  let closing: Promise<unknown> = Promise.resolve();

  function since(courier: string): string {
    return deps.store.lastFor(courier)?.closedAt ?? new Date(now().getTime() - DAY_MS).toISOString();
  }

  async function pending(): Promise<HandoverPending> {
    const api = deps.api();
    const groups = new Map<string, HandoverGroup>();
    let scanned = 0;
    for (let page = 1; scanned < depth; page++) {
      const res = await api.listOrders({
        page,
        per_page: 100,
        status: 'shipped',
        sort_by: 'created_at',
        sort_direction: 'desc',
      });
      scanned += res.data.length;
      for (const s of res.data) {
        const courier = courierOf(s);
        const from = since(courier);
        if (Date.parse(s.updated_at) < Date.parse(from) || deps.store.handedOver(s.order_code)) continue;
        const pickupOption = deps.store.pickupOf(s.order_code);
        const key = `${courier}\n${pickupOption ?? ''}`;
        const group = groups.get(key) ?? { courier, pickupOption, since: from, orders: [] };
        group.orders.push({
          orderCode: s.order_code,
          trackingNumber: s.tracking_number,
          shippedAt: s.updated_at,
        });
        groups.set(key, group);
      }
      if (page >= Number(res.total_page) || res.data.length === 0) break;
    }
    const sorted = [...groups.values()].sort(
      (a, b) =>
        a.courier.localeCompare(b.courier) || (a.pickupOption ?? '').localeCompare(b.pickupOption ?? ''),
    );
    for (const g of sorted) g.orders.sort((a, b) => a.shippedAt.localeCompare(b.shippedAt));
    last = sorted;
    return { groups: sorted, scanned };
  }

  async function group(key: GroupKey): Promise<HandoverGroup> {
    const found = (last ?? (await pending()).groups).find((g) => sameKey(g, key));
    if (!found) {
      throw new StationError({
        kind: 'not_found',
        message: `Nothing waits for ${key.courier}${key.pickupOption ? ` (${key.pickupOption})` : ''} any more.`,
        action: 'Refresh the handover list.',
        key: key.pickupOption
          ? {
              key: 'benchErrors.nothingWaitsPickup',
              values: { courier: key.courier, pickup: key.pickupOption },
            }
          : { key: 'benchErrors.nothingWaits', values: { courier: key.courier } },
      });
    }
    return found;
  }

  return {
    pending,
    group,
    async check(key, scanned) {
      return checkBoxes((await group(key)).orders, scanned);
    },
    async close(key, scanned, closedBy) {
      // One close at a time: two clicks never record the same boxes twice.
      const run = closing.then(async () => {
        const g = await group(key);
        const orders = g.orders.filter((o) => !deps.store.handedOver(o.orderCode));
        if (!orders.length) {
          throw new StationError({
            kind: 'conflict',
            message: `These boxes for ${key.courier} were already handed over.`,
            action: 'Refresh the handover list.',
            key: { key: 'benchErrors.handedOver', values: { courier: key.courier } },
          });
        }
        const record: HandoverRecord = {
          id: randomUUID(),
          courier: g.courier,
          pickupOption: g.pickupOption,
          closedAt: now().toISOString(),
          closedBy,
          orders,
          check: scanned.length ? checkBoxes(orders, scanned) : null,
        };
        await deps.store.add(record);
        last = (last ?? []).filter((x) => !sameKey(x, key));
        return record;
      });
      closing = run.catch(() => undefined);
      return run;
    },
    history: () => deps.store.list(),
    record(id) {
      const r = deps.store.get(id);
      if (!r) {
        throw new StationError({
          kind: 'not_found',
          message: `No handover ${id} on this station.`,
          key: { key: 'benchErrors.noHandover', values: { id } },
        });
      }
      return r;
    },
  };
}
