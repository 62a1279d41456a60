// Each tenant's orders in memory: one array ascending by created_at (lists page it without copying
// the whole set), indexes by id and by code, and the audit of status changes made by requests.
import type { OrderStatus } from '../../shared/orders';
import { apiTime } from './envelope';
import { ACTIVITIES } from './order-facts';
import type { AuditEntry, StoredOrder } from './types';

export interface ChangeContext {
  requestId: string;
  at: number;
  actor?: string;
  remarks?: string;
}

export class TenantStore {
  /** Ascending by (createdAt, id). */
  readonly orders: StoredOrder[] = [];
  readonly audit: AuditEntry[] = [];
  private readonly byId = new Map<number, StoredOrder>();
  private readonly byCode = new Map<string, StoredOrder>();
  private lastId = 0;

  constructor(
    readonly tenantId: string,
    seeded: StoredOrder[],
  ) {
    for (const order of seeded) this.add(order);
  }

  byOrderId(id: number): StoredOrder | undefined {
    return this.byId.get(id);
  }

  byOrderCode(code: string): StoredOrder | undefined {
    return this.byCode.get(code.trim());
  }

  nextId(): number {
    return this.lastId + 1;
  }

  add(order: StoredOrder): void {
    if (this.byCode.has(order.code) || this.byId.has(order.id)) throw new Error(`duplicate ${order.code}`);
    this.byId.set(order.id, order);
    this.byCode.set(order.code, order);
    this.lastId = Math.max(this.lastId, order.id);
    // Usually appended at the end; an injected clock may go back, so keep the order by binary search.
    let lo = 0;
    let hi = this.orders.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareCreated(this.orders[mid], order) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.orders.splice(lo, 0, order);
  }

  /** Apply a status change: history line, updated_at and an audit entry carrying the request_id. */
  setStatus(order: StoredOrder, to: OrderStatus, ctx: ChangeContext): void {
    const from = order.status;
    order.status = to;
    order.updatedAt = ctx.at;
    order.history.push({
      status: to,
      at: ctx.at,
      activity: ACTIVITIES[to],
      actor: ctx.actor ?? 'Partner API',
      remarks: ctx.remarks ?? '',
    });
    this.audit.push({ order_code: order.code, from, to, at: apiTime(ctx.at), request_id: ctx.requestId });
  }
}

export function compareCreated(a: StoredOrder, b: StoredOrder): number {
  return a.createdAt - b.createdAt || a.id - b.id;
}

/** All tenants' stores, by tenant id. */
export class SandboxStore {
  private readonly tenants = new Map<string, TenantStore>();

  addTenant(store: TenantStore): void {
    this.tenants.set(store.tenantId, store);
  }

  tenant(id: string): TenantStore {
    const store = this.tenants.get(id);
    if (!store) throw new Error(`no store for tenant ${id}`);
    return store;
  }
}
