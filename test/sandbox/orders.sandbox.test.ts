import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import { orderDetailSchema, trackingSchema } from '../../src/shared/orders';
import { api, plainOrder, start, type Page } from './helpers';

const NOW = new Date('2026-03-10T08:30:00.000Z');
let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start({ now: () => NOW });
});
afterAll(() => sb.close());

/** The documentation's create body, as written. */
const docCreateBody = (code: string) => ({
  order_code: code,
  payment_method_type: 'NON COD',
  payment_via: 'TRANSFER BANK',
  store_id: '1',
  location_id: '1',
  checkout_at: '2025-12-05T06:32:00.000Z',
  sales_pic: 'John Doe',
  remarks: '',
  origin_code: '31.73.07.1001',
  destination_code: '32.06.30.2001',
  cod_percentage: 0,
  insurance_percentage: 1,
  dropshipper_name: '',
  dropshipper_phone: null,
  dropshipper_email: '',
  dropshipper_full_address: '',
  is_dropship: false,
  is_draft: false,
  is_unpaid: false,
  recipient: {
    name: 'Mark Smith',
    phone: '+628292839282',
    email: 'example@gmail.com',
    country: 'Indonesia',
    province: 'Jawa Barat',
    city: 'Kabupaten Tasikmalaya',
    sub_district: 'Sariwangi',
    district: 'Sariwangi',
    postal_code: '46465',
    full_address: 'Sariwangi Parongpong Bandung',
    sub_district_id: 'Sariwangi',
    remarks: '',
    recipient_sub_district_id: '32.06.30.2001',
  },
  buyer: {
    email: 'example@gmail.com',
    name: 'Mark Smith',
    phone: '+628292839282',
    full_address: 'Sariwangi Parongpong Bandung',
  },
  delivery: {
    logistic: 'ID EXPRESS - iDlite',
    delivery_method: 'SELF-DELIVERY',
    custom_logistic: '',
    logistic_provider_name: 'ID EXPRESS',
    logistic_service_name: 'iDlite',
    logistic_carrier: 'ID EXPRESS - iDlite',
    tracking_number: '',
  },
  products: [
    { name: 'Handuk', sku: 'SKU-001', product_id: 1, unit_price: 15000, unit_weight: '1.00', qty: 1 },
  ],
  package: { weight: 1000, length: 5, width: 2, height: 2 },
  price: {
    sub_total_price: 15000,
    shipping_price: 0,
    other_price: 0,
    total_discount_price: 0,
    cod_fee: 0,
    cod_price: 0,
    grand_total_order_price: 15000,
    discount_seller: 0,
    discount_shipping: 0,
    packing_price: 0,
    insurance_price: '',
  },
});

async function findByCode(code: string) {
  const { body } = await api<Page>(sb, '/orders', { per_page: 100 });
  return body.data.data.find((o) => o.order_code === code);
}

describe('order detail', () => {
  it('has the documented shape, money as two-decimal strings', async () => {
    const order = await plainOrder(sb, 'Packed');
    const r = await api<Record<string, unknown>>(sb, `/orders/${order.order_header_id}/detail`);
    expect(r.status).toBe(200);
    const detail = orderDetailSchema.parse(r.body.data);
    expect(detail.order_code).toBe(order.order_code);
    expect(detail.internal_status).toBe('Packed');
    expect(detail.shipping_info.tracking_number).toBe(order.tracking_number);
    expect(detail.price_info.grand_total).toMatch(/^\d+\.\d{2}$/);
    expect(detail.product_info.length).toBeGreaterThan(0);
    for (const line of detail.product_info) expect(line.price).toMatch(/^\d+\.00$/);
    expect(Object.keys(r.body.data)).toEqual(
      expect.arrayContaining([
        'recipient_info',
        'buyer_info',
        'dropshipper_info',
        'cancel_sla_at',
        'cancel_by',
      ]),
    );
  });

  it('non-numeric or unknown ids are 404 envelopes', async () => {
    expect((await api(sb, '/orders/abc/detail')).status).toBe(404);
    const r = await api(sb, '/orders/987654321/detail');
    expect(r.status).toBe(404);
    expect(r.body.data).toBeNull();
  });
});

describe('create order', () => {
  it('accepts the documentation example: 201, data null, to_process, created now', async () => {
    const r = await api(sb, '/orders/create', docCreateBody('ORDMISHMVEOG3'));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 201, message: 'Created', data: null, errors: null });
    const created = await findByCode('ORDMISHMVEOG3');
    expect(created).toMatchObject({
      internal_status: 'To Process',
      created_at: '2026-03-10T08:30:00.000000Z',
    });
    const detail = await api<{ recipient_info: { postal_code: string }; product_info: { sku: string }[] }>(
      sb,
      `/orders/${created?.order_header_id}/detail`,
    );
    expect(detail.body.data.recipient_info.postal_code).toBe('46465');
    expect(detail.body.data.product_info[0].sku).toBe('SKU-001');
  });

  it('starts pending when unpaid or draft', async () => {
    await api(sb, '/orders/create', { ...docCreateBody('ORD-UNPAID-1'), is_unpaid: true });
    await api(sb, '/orders/create', { ...docCreateBody('ORD-DRAFT-1'), is_draft: true });
    expect((await findByCode('ORD-UNPAID-1'))?.internal_status).toBe('Pending');
    expect((await findByCode('ORD-DRAFT-1'))?.internal_status).toBe('Pending');
  });

  it('refuses a duplicate order code and invalid fields with 422 per field', async () => {
    await api(sb, '/orders/create', docCreateBody('ORD-DUP-1'));
    const dup = await api(sb, '/orders/create', docCreateBody('ORD-DUP-1'));
    expect(dup.status).toBe(422);
    expect(dup.body.errors?.order_code).toHaveLength(1);
    const bad = await api(sb, '/orders/create', {
      ...docCreateBody('ORD-BAD-1'),
      payment_method_type: 'CASH',
      products: [{ name: 'X', sku: 'X', unit_price: 1, qty: 0 }],
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors ?? {})).toEqual(
      expect.arrayContaining(['payment_method_type', 'products.0.qty']),
    );
    const missing = await api(sb, '/orders/create', {});
    expect(missing.body.errors?.order_code).toEqual(['The order_code field is required.']);
  });
});

describe('update order', () => {
  it('updates customer and address while open, 409 once packed', async () => {
    await api(sb, '/orders/create', docCreateBody('ORD-UPD-1'));
    const r = await api(sb, '/orders/update', {
      order_code: 'ORD-UPD-1',
      customer: { name: 'Jane Smith Updated', email: 'jane.smith@example.com', phone: '+6289876543210' },
      shipping_address: {
        name: 'Jane Smith',
        address: 'Jl. Thamrin No. 456 Updated',
        city: 'Jakarta',
        postal_code: '12345',
      },
      notes: 'Updated delivery instructions',
      tags: ['updated', 'priority'],
    });
    expect(r.status).toBe(200);
    const id = (await findByCode('ORD-UPD-1'))?.order_header_id;
    const detail = await api<{
      recipient_info: { name: string; full_address: string };
      buyer_info: { name: string };
    }>(sb, `/orders/${id}/detail`);
    expect(detail.body.data.recipient_info).toMatchObject({
      name: 'Jane Smith',
      full_address: 'Jl. Thamrin No. 456 Updated',
    });
    expect(detail.body.data.buyer_info.name).toBe('Jane Smith Updated');
    const packed = await plainOrder(sb, 'Packed');
    const refused = await api(sb, '/orders/update', { order_code: packed.order_code, notes: 'x' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain(`Order ${packed.order_code} is Packed`);
    expect((await api(sb, '/orders/update', { notes: 'no key' })).status).toBe(422);
    expect((await api(sb, '/orders/update', { order_code: 'ORD-NONE' })).status).toBe(404);
  });
});

describe('tracking', () => {
  it('answers status "ok" with newest-first history and no deliveries before pickup', async () => {
    const order = await plainOrder(sb, 'To Process');
    const r = await api(sb, '/orders/tracking', { order_code: order.order_code });
    expect(r.body.status).toBe('ok');
    const t = trackingSchema.parse(r.body.data);
    expect(t.order_status).toBe('To Process');
    expect(t.order_history[0].status).toBe('To Process');
    const times = t.order_history.map((h) => Date.parse(h.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(t.delivery_history).toEqual([]);
  });

  it('completed orders have plausible delivery scans ending in delivered', async () => {
    const order = await plainOrder(sb, 'Completed');
    const t = trackingSchema.parse(
      (await api(sb, '/orders/tracking', { order_code: order.order_code })).body.data,
    );
    expect(t.delivery_history.length).toBeGreaterThan(2);
    expect(t.delivery_history[0].status).toBe('delivered');
    expect(t.delivery_history.every((d) => d.tracking_number === order.tracking_number)).toBe(true);
    expect(t.order_history.map((h) => h.status)).toEqual(
      expect.arrayContaining(['Completed', 'Shipped', 'Packed', 'In Process', 'To Process']),
    );
  });

  it('422 without order_code, 404 for an unknown one', async () => {
    expect((await api(sb, '/orders/tracking', {})).status).toBe(422);
    expect((await api(sb, '/orders/tracking', { order_code: 'ABC123' })).status).toBe(404);
  });
});
