// The documentation's own example replies (test/fixtures/docs, trailing commas fixed) must parse through
// the client. The stub serves them by path; it checks the client's wire format on the way.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrdersClient } from '../../src/main/api/client';
import type { OrdersClient } from '../../src/main/api/client';
import { startStub } from './helpers/stub-server';
import type { Stub } from './helpers/stub-server';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/docs/${name}.json`, import.meta.url), 'utf8');

const ROUTES: Record<string, string> = {
  'POST /api/partner/v1/orders': 'list-orders',
  'GET /api/partner/v1/orders/5/detail': 'order-detail',
  'POST /api/partner/v1/orders/create': 'create-order',
  'POST /api/partner/v1/orders/fulfillment/set-process': 'set-process',
  'POST /api/partner/v1/orders/fulfillment/set-packed': 'set-packed',
  'POST /api/partner/v1/orders/fulfillment/set-process-packed': 'set-process-packed',
  'POST /api/partner/v1/orders/fulfillment/ship': 'ship',
  'POST /api/partner/v1/orders/fulfillment/completed': 'completed',
  'POST /api/partner/v1/orders/fulfillment/return': 'return',
  'POST /api/partner/v1/orders/fulfillment/cancel': 'cancel',
  'POST /api/partner/v1/orders/fulfillment/approve-cancel': 'approve-cancel',
  'POST /api/partner/v1/orders/fulfillment/reject-cancel': 'reject-cancel',
  'POST /api/partner/v1/orders/fulfillment/shipping-label': 'shipping-label',
  'POST /api/partner/v1/orders/tracking': 'tracking',
};

let stub: Stub;
let api: OrdersClient;

beforeAll(async () => {
  stub = await startStub((hit, res) => {
    const name = ROUTES[`${hit.method} ${hit.url}`];
    if (!name) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"status":404,"data":null}');
      return;
    }
    const body = fixture(name);
    const status = name === 'create-order' ? 201 : 200;
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  // The configured URL may already end with the prefix: the client must not double it.
  api = createOrdersClient({
    baseUrl: `${stub.origin}/api/partner/v1/`,
    tenantId: 'T-1',
    apiKey: 'k-secret',
  });
});

afterAll(async () => {
  await api.close();
  await stub.close();
});

describe('documentation example replies', () => {
  it('parses the list page and sends only the documented names', async () => {
    const page = await api.listOrders({ page: 1, per_page: 2, status: 'to_process', sort_by: 'created_at' });
    expect(page.data.map((o) => o.order_code)).toEqual(['ORD123', 'ORD124']);
    expect(page).toMatchObject({ current_page: 1, per_page: 2, total_data: 4, total_page: 2 });
    const sent = JSON.parse(stub.hits.at(-1)!.body) as Record<string, unknown>;
    expect(sent).toEqual({
      page: 1,
      per_page: 2,
      status: 'to_process',
      sort_by: 'created_at',
      sort_direction: 'desc',
    });
    expect(sent).not.toHaveProperty('size');
    expect(sent).not.toHaveProperty('sort');
  });

  it('parses the order detail, keeping money as given', async () => {
    const detail = await api.getOrderDetail(5);
    expect(detail.order_code).toBe('ORD123');
    expect(detail.product_info.map((p) => p.sku)).toEqual(['BARANG', 'SKU KU']);
    expect(detail.price_info.grand_total).toBe('12000.00');
    expect(detail.shipping_info.tracking_number).toBe('DTX1234567');
  });

  it('parses tracking with its "status": "ok" envelope', async () => {
    const tracking = await api.track('ABC123');
    expect(tracking.order_status).toBe('In Process');
    expect(tracking.order_history).toHaveLength(2);
    expect(tracking.delivery_history[1].status).toBe('delivered');
  });

  it('parses the shipping label and sends mark_as_printed as the string the doc shows', async () => {
    const label = await api.getShippingLabel('ORD123', false);
    expect(label.data.url).toBe('https://cdn.bebaskirim.com/labels/ORD123.pdf');
    expect(label.requestId).toBe('request-id');
    expect(JSON.parse(stub.hits.at(-1)!.body)).toEqual({ order_code: 'ORD123', mark_as_printed: 'false' });
    await api.getShippingLabel('ORD123', true);
    expect(JSON.parse(stub.hits.at(-1)!.body)).toEqual({ order_code: 'ORD123', mark_as_printed: 'true' });
  });

  it('acknowledges every write with the API message and request_id', async () => {
    const acks = [
      await api.setProcess('ORD123'),
      await api.setPacked('ORD123', 'LATE_PICKUP'),
      await api.setProcessPacked('ORD123', 'EARLY_PICKUP'),
      await api.ship('ORD123'),
      await api.complete('ORD123'),
      await api.returnOrder({ order_code: 'ORD123', return_by: 'damaged', return_reason: 'Box crushed' }),
      await api.cancel({
        order_code: 'ORD123',
        cancel_by: 'customer_request',
        cancel_reason: 'Wrong item',
        direct_cancel: true,
      }),
      await api.approveCancel('ORD123'),
      await api.rejectCancel('ORD123'),
    ];
    expect(acks.map((a) => a.message)).toEqual([
      'Success Process Order ORD123',
      'Success Packed Order ORD123',
      'Success Process Packed Order ORD123',
      'Success Shipped Order ORD123',
      'Success Completed Order ORD123',
      'Success Return Order ORD123',
      'Success Cancel Order ORD123',
      'Success Approve Cancel Order ORD123',
      'Success Reject Cancel Order ORD123',
    ]);
    expect(acks.every((a) => a.requestId === 'request-id')).toBe(true);
    const packed = stub.hits.find((h) => h.url.endsWith('/set-packed'))!;
    expect(JSON.parse(packed.body)).toEqual({ order_code: 'ORD123', pickup_option: 'LATE_PICKUP' });
  });

  it('acknowledges a created order (201, data null)', async () => {
    const body = JSON.parse(
      readFileSync(new URL('../fixtures/docs/create-order.json', import.meta.url), 'utf8'),
    );
    expect(body.status).toBe(201);
    const ack = await api.createOrder({
      order_code: 'ORDNEW1',
      payment_method_type: 'NON COD',
      store_id: '1',
      location_id: '1',
      recipient: { name: 'Mark', phone: '+62829', full_address: 'Sariwangi' },
      delivery: { logistic: 'ID EXPRESS - iDlite' },
      products: [{ name: 'Handuk', sku: 'SKU-001', unit_price: 15000, qty: 1 }],
    });
    expect(ack).toEqual({ message: 'Created', requestId: 'c01d4b42-e364-4068-94cb-bcab9c0f6988' });
  });

  it('sends the credentials on every API call', () => {
    expect(stub.hits.length).toBeGreaterThan(10);
    for (const hit of stub.hits) {
      expect(hit.headers.authorization).toBe('Bearer k-secret');
      expect(hit.headers['x-tenant-id']).toBe('T-1');
      expect(hit.url.startsWith('/api/partner/v1/')).toBe(true);
    }
  });
});
