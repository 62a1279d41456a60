// A tiny in-memory list + detail endpoint that counts calls, for the work queue's unit tests.
import type { OrdersApi } from '../../src/main/api/types';
import { ApiError } from '../../src/main/api/errors';
import {
  orderDetailSchema,
  orderSummarySchema,
  STATUS_LABELS,
  type ListOrdersQuery,
  type OrderDetail,
  type OrderPage,
  type OrderStatus,
} from '../../src/shared/orders';

export interface FakeOrder {
  id: number;
  code: string;
  status: OrderStatus;
  updatedAt: string;
}

export class FakeOrders implements Pick<OrdersApi, 'listOrders' | 'getOrderDetail'> {
  readonly orders = new Map<string, FakeOrder>();
  listCalls: ListOrdersQuery[] = [];
  detailCalls: number[] = [];
  failDetails = false;

  add(count: number, status: OrderStatus, from = this.orders.size + 1): void {
    for (let i = 0; i < count; i++) {
      const id = from + i;
      this.orders.set(`ORD${id}`, { id, code: `ORD${id}`, status, updatedAt: stamp(0) });
    }
  }

  touch(code: string, status?: OrderStatus): void {
    const order = this.orders.get(code);
    if (!order) throw new Error(`no ${code}`);
    order.updatedAt = stamp(Date.parse(order.updatedAt) + 60_000);
    if (status) order.status = status;
  }

  async listOrders(query: ListOrdersQuery): Promise<OrderPage> {
    this.listCalls.push(query);
    const page = query.page ?? 1;
    const perPage = query.per_page ?? 10;
    const rows = [...this.orders.values()].filter((o) => query.status === 'All' || o.status === query.status);
    const slice = rows.slice((page - 1) * perPage, page * perPage);
    return {
      data: slice.map((o) =>
        orderSummarySchema.parse({
          order_header_id: o.id,
          order_code: o.code,
          internal_status: STATUS_LABELS[o.status],
          created_at: stamp(0),
          updated_at: o.updatedAt,
        }),
      ),
      current_page: page,
      per_page: perPage,
      total_data: rows.length,
      total_page: Math.max(1, Math.ceil(rows.length / perPage)),
    };
  }

  async getOrderDetail(orderId: number): Promise<OrderDetail> {
    this.detailCalls.push(orderId);
    if (this.failDetails) {
      throw new ApiError({ kind: 'network', message: 'offline', method: 'GET', path: '/detail' });
    }
    const order = this.orders.get(`ORD${orderId}`);
    if (!order) throw new ApiError({ kind: 'not_found', message: 'no', method: 'GET', path: '/detail' });
    return orderDetailSchema.parse({
      order_id: order.id,
      order_code: order.code,
      internal_status: STATUS_LABELS[order.status],
      shipping_info: {},
      recipient_info: {},
      buyer_info: {},
      product_info: [{ order_detail_id: 1, sku: 'SKU-1', price: '1000.00', quantity: 1 }],
      price_info: {
        sub_total: '1',
        shipping_price: '0',
        total_discount: '0',
        tax: '0',
        cod_price: '0',
        grand_total: '1',
      },
      created_at: stamp(0),
      updated_at: order.updatedAt,
    });
  }
}

function stamp(ms: number): string {
  return new Date(Date.UTC(2026, 0, 1) + ms).toISOString();
}
