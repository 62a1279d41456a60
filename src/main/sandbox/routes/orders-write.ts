// Create (POST /orders/create) and update (POST /orders/update), design.md §1 rows 12–13.
import type { FastifyInstance } from 'fastify';
import {
  createOrderInputSchema,
  updateOrderInputSchema,
  type CreateOrderInput,
} from '../../../shared/orders';
import { storeOf, type SandboxContext } from '../context';
import { conflict, invalid, notFound, parseBody, sendOk } from '../envelope';
import { COURIERS, STORES, WAREHOUSES } from '../seed-data';
import { checkAction } from '../transitions';
import type { StoredOrder } from '../types';

export function registerWriteRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.post('/orders/create', async (request, reply) => {
    const input = parseBody(createOrderInputSchema, request.body);
    const store = storeOf(ctx, request);
    const code = input.order_code.trim();
    if (store.byOrderCode(code)) throw invalid({ order_code: ['The order code has already been taken.'] });
    store.add(newOrder(input, code, store.nextId(), ctx.now()));
    return sendOk(request, reply, 'Created', null, 201);
  });

  app.post('/orders/update', async (request, reply) => {
    const input = parseBody(updateOrderInputSchema, request.body);
    const order = storeOf(ctx, request).byOrderCode(input.order_code);
    if (!order) throw notFound(`Order ${input.order_code}`);
    const check = checkAction('update', order);
    if (!check.ok) throw conflict(check.message);
    const { customer: c, shipping_address: a } = input;
    if (c) {
      order.buyer.name = c.name ?? order.buyer.name;
      order.buyer.email = c.email ?? order.buyer.email;
      order.buyer.phone = c.phone ?? order.buyer.phone;
    }
    if (a) {
      const r = order.recipient;
      r.name = a.name ?? r.name;
      r.phone = a.phone ?? r.phone;
      r.fullAddress = a.address ?? r.fullAddress;
      r.city = a.city ?? r.city;
      r.state = a.province ?? r.state;
      r.postalCode = a.postal_code ?? r.postalCode;
      r.country = a.country ?? r.country;
    }
    if (input.notes !== undefined) order.notes = input.notes;
    if (input.tags !== undefined) order.tags = [...input.tags];
    order.updatedAt = ctx.now();
    return sendOk(request, reply, `Success Update Order ${order.code}`, []);
  });
}

function amount(value: number | string | undefined, fallback: number): number {
  const n = typeof value === 'number' ? value : value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

function text(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}

function newOrder(input: CreateOrderInput, code: string, id: number, now: number): StoredOrder {
  const storeId = Number(input.store_id);
  const store = STORES.find((s) => s.id === storeId) ?? {
    id: storeId,
    platform: 'offline' as const,
    name: `Store ${String(input.store_id)}`,
    channelId: `STORE-${String(input.store_id)}`,
  };
  const locationId = Number(input.location_id) || 1;
  const warehouse = WAREHOUSES.find((w) => w.id === locationId) ?? {
    id: locationId,
    code: `WH-${locationId}`,
    city: 'Jakarta',
  };
  const d = input.delivery;
  const provider = text(d.logistic_provider_name) ?? text(d.logistic)?.split(' - ')[0] ?? 'Dethix';
  const service = text(d.logistic_service_name) ?? text(d.logistic)?.split(' - ')[1] ?? 'Reguler';
  const courier = COURIERS.find((c) => c.provider === provider && c.service === service);
  const lines = input.products.map((p, n) => ({
    id: id * 10 + n + 1,
    productId: p.product_id === null || p.product_id === undefined ? null : Number(p.product_id) || null,
    name: p.name,
    sku: p.sku,
    price: amount(p.unit_price, 0),
    quantity: p.qty,
    weight: amount(p.unit_weight, 0),
    isCancel: false,
  }));
  const price = input.price ?? {};
  const subTotal = amount(
    price.sub_total_price,
    lines.reduce((s, l) => s + l.price * l.quantity, 0),
  );
  const shipping = amount(price.shipping_price, 0);
  const discount = amount(price.total_discount_price, 0);
  const grandTotal = amount(price.grand_total_order_price, subTotal + shipping - discount);
  const cod = input.payment_method_type === 'COD';
  const pending = input.is_unpaid === true || input.is_draft === true;
  const status = pending ? 'pending' : 'to_process';
  const r = input.recipient;
  const checkout = text(input.checkout_at);
  const dropship = input.is_dropship === true;
  return {
    id,
    code,
    originalCode: code,
    referenceId: null,
    status,
    platform: store.platform,
    storeName: store.name,
    storeChannelId: store.channelId,
    createdVia: 'Manual',
    clientId: '5d3315d3-97cc840e77c7',
    locationId: warehouse.id,
    warehouseCode: warehouse.code,
    warehouseCity: warehouse.city,
    paymentType: cod ? 'COD' : 'NON COD',
    paymentVia: text(input.payment_via),
    provider,
    service,
    carrier: text(d.logistic_carrier) ?? `${provider} ${service}`,
    delivery: courier?.delivery ?? 'REGULER',
    trackingNumber: text(d.tracking_number),
    pickupOption: null,
    isFake: false,
    fulfillByMp: false,
    recipient: {
      name: r.name,
      phone: r.phone,
      email: text(r.email),
      country: text(r.country) ?? 'Indonesia',
      state: text(r.province),
      city: text(r.city),
      district: text(r.district),
      subDistrict: text(r.sub_district),
      fullAddress: r.full_address,
      postalCode: text(r.postal_code),
      remarks: text(r.remarks),
    },
    buyer: {
      name: text(input.buyer?.name) ?? r.name,
      phone: text(input.buyer?.phone) ?? r.phone,
      email: text(input.buyer?.email),
      fullAddress: text(input.buyer?.full_address) ?? r.full_address,
      remarks: text(input.remarks),
    },
    dropshipper: dropship
      ? {
          name: text(input.dropshipper_name),
          phone: text(input.dropshipper_phone),
          email: text(input.dropshipper_email),
          fullAddress: text(input.dropshipper_full_address),
          remarks: null,
        }
      : null,
    lines,
    price: {
      subTotal,
      shipping,
      discount,
      tax: 0,
      cod: cod ? amount(price.cod_price, 0) || grandTotal : 0,
      insurance: amount(price.insurance_price, 0),
      grandTotal,
    },
    cancelBy: null,
    cancelReason: null,
    cancelSlaAt: null,
    cancelRequestOpen: false,
    returnBy: null,
    returnReason: null,
    checkoutAt: checkout && Number.isFinite(Date.parse(checkout)) ? Date.parse(checkout) : now,
    paidAt: !pending && !cod ? now : null,
    createdAt: now,
    updatedAt: now,
    history: [{ status, at: now, activity: 'Create Order', actor: 'Partner API', remarks: '' }],
    printedAt: null,
    notes: null,
    tags: [],
  };
}
