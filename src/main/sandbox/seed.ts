// Deterministic seeded orders for one tenant: the same seed, tenant and anchor give the same orders.
// About 30% are to_process (the station's happy path), every status is represented, and a few carry
// the awkward cases: open cancellation requests, marketplace-fulfilled, fake, cancelled lines.
import { CANCEL_REASONS, ORDER_STATUSES, type OrderStatus } from '../../shared/orders';
import { ACTIVITIES, trackingNumberFor } from './order-facts';
import { createRng, hashString, pickWeighted, type Rng } from './prng';
import {
  COURIERS,
  FIRST_NAMES,
  LAST_NAMES,
  PAYMENT_VIA,
  PRODUCTS,
  REGIONS,
  REMARKS,
  STORES,
  STREETS,
  WAREHOUSES,
  type Store,
} from './seed-data';
import type { StoredHistory, StoredLine, StoredOrder } from './types';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SPAN_DAYS = 30;

const STATUS_WEIGHTS: readonly (readonly [OrderStatus, number])[] = [
  ['pending', 7],
  ['to_process', 30],
  ['process', 8],
  ['packed', 8],
  ['shipped', 14],
  ['completed', 23],
  ['cancelled', 6],
  ['returned', 4],
];

const HAPPY_PATH: readonly OrderStatus[] = ['to_process', 'process', 'packed', 'shipped', 'completed'];
const CANCELLABLE: readonly OrderStatus[] = ['pending', 'to_process', 'process', 'packed'];

export interface SeedParams {
  count: number;
  seed: number;
  tenantId: string;
  /** Orders are created during the 30 days before this instant. */
  anchor: number;
}

/** Seeded orders, ascending by created_at. Ids and codes are unique within the tenant. */
export function seedOrders({ count, seed, tenantId, anchor }: SeedParams): StoredOrder[] {
  const rng = createRng((Math.imul(seed, 2654435761) ^ hashString(tenantId)) >>> 0);
  const start = anchor - SPAN_DAYS * DAY;
  const step = (SPAN_DAYS * DAY) / Math.max(count, 1);
  const orders: StoredOrder[] = [];
  for (let i = 0; i < count; i++) {
    const createdAt = Math.floor(start + i * step + rng.next() * step * 0.9);
    // The first orders cover every status so even a tiny seed shows them all.
    let status = i < ORDER_STATUSES.length ? ORDER_STATUSES[i] : pickWeighted(rng, STATUS_WEIGHTS);
    if (i === 10) status = 'packed'; // carries the guaranteed open cancellation request
    orders.push(seedOrder(rng, i, status, createdAt, anchor, count));
  }
  return orders;
}

function seedOrder(
  rng: Rng,
  i: number,
  status: OrderStatus,
  createdAt: number,
  anchor: number,
  count: number,
): StoredOrder {
  // Order #8 is the guaranteed marketplace-fulfilled one, so it needs a marketplace store.
  const store = i === 8 ? STORES[1] : rng.chance(0.4) ? STORES[0] : rng.pick(STORES);
  const warehouse = rng.chance(0.75) ? WAREHOUSES[0] : WAREHOUSES[1];
  const courier = rng.pick(COURIERS);
  const region = rng.pick(REGIONS);
  const cod = rng.chance(0.35);
  const recipientName = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  const buyerIsRecipient = rng.chance(0.8);
  const buyerName = buyerIsRecipient ? recipientName : `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  const address = `${rng.pick(STREETS)} No. ${rng.int(1, 250)}, RT ${rng.int(1, 12)}/RW ${rng.int(1, 9)}`;
  const phone = `08${rng.int(11, 59)}${rng.digits(8)}`;
  const lines = seedLines(rng, i);
  const subTotal = lines.filter((l) => !l.isCancel).reduce((sum, l) => sum + l.price * l.quantity, 0);
  const shipping = rng.int(9, 28) * 1000;
  const discount = rng.chance(0.2) ? rng.int(1, 10) * 1000 : 0;
  const grandTotal = Math.max(subTotal + shipping - discount, 0);
  const fulfillByMp = store.platform !== 'offline' && (i === 8 || (count > 20 && rng.chance(0.03)));
  const isFake = i === 9 || (count > 20 && rng.chance(0.015));
  const history = seedHistory(rng, status, createdAt, anchor, cod);
  const packedOrLater = history.some((h) => h.status === 'packed') || fulfillByMp;
  const order: StoredOrder = {
    id: 1000 + i,
    code: `ORD${10_000_000 + i * 97 + rng.int(0, 96)}`,
    originalCode: '',
    referenceId: referenceFor(rng, store, createdAt),
    status,
    platform: store.platform,
    storeName: store.name,
    storeChannelId: store.channelId,
    createdVia: store.platform === 'offline' ? rng.pick(['Upload', 'Manual', 'API']) : 'Integration',
    clientId: '5d3315d3-97cc840e77c7',
    locationId: warehouse.id,
    warehouseCode: warehouse.code,
    warehouseCity: warehouse.city,
    paymentType: cod ? 'COD' : 'NON COD',
    paymentVia: cod ? null : rng.pick(PAYMENT_VIA),
    provider: courier.provider,
    service: courier.service,
    carrier: `${courier.provider} ${courier.service}`,
    delivery: courier.delivery,
    trackingNumber: packedOrLater ? trackingNumberFor(courier.provider, rng) : null,
    pickupOption: packedOrLater ? rng.pick(['LATE_PICKUP', 'MID_PICKUP', 'EARLY_PICKUP']) : null,
    isFake,
    fulfillByMp,
    recipient: {
      name: recipientName,
      phone,
      email: rng.chance(0.3)
        ? `${recipientName.split(' ')[0].toLowerCase()}${rng.int(1, 99)}@gmail.com`
        : null,
      country: 'Indonesia',
      state: region.state,
      city: region.city,
      district: region.district,
      subDistrict: region.subDistrict,
      fullAddress: `${address}, ${region.subDistrict}, ${region.district}`,
      postalCode: region.postalCode,
      remarks: rng.pick(REMARKS),
    },
    buyer: {
      name: buyerName,
      phone: buyerIsRecipient ? phone : `08${rng.int(11, 59)}${rng.digits(8)}`,
      email: null,
      fullAddress: `${address}, ${region.city}`,
      remarks: rng.pick(REMARKS),
    },
    dropshipper: null,
    lines,
    price: { subTotal, shipping, discount, tax: 0, cod: cod ? grandTotal : 0, insurance: 0, grandTotal },
    cancelBy: null,
    cancelReason: null,
    cancelSlaAt: null,
    cancelRequestOpen: false,
    returnBy: null,
    returnReason: null,
    checkoutAt: createdAt,
    paidAt: cod ? null : (history.find((h) => h.status === 'to_process')?.at ?? null),
    createdAt,
    updatedAt: history[history.length - 1].at,
    history,
    printedAt: null,
    notes: null,
    tags: [],
  };
  order.originalCode = order.code;
  if (status === 'cancelled') {
    order.cancelBy = rng.pick(CANCEL_REASONS);
    order.cancelReason = 'Pembeli membatalkan pesanan';
  } else if (CANCELLABLE.includes(status) && (i === 10 || (count > 20 && rng.chance(0.03)))) {
    const requestedAt = Math.min(order.updatedAt + rng.int(1, 120) * 60_000, anchor);
    order.cancelRequestOpen = true;
    order.cancelBy = 'customer_request';
    order.cancelReason = 'Pembeli ingin mengganti alamat pengiriman';
    order.cancelSlaAt = requestedAt + 24 * HOUR;
  }
  if (status === 'returned') {
    order.returnBy = 'customer_request';
    order.returnReason = 'Ukuran tidak sesuai';
  }
  return order;
}

function seedLines(rng: Rng, i: number): StoredLine[] {
  const count = pickWeighted(rng, [
    [1, 60],
    [2, 28],
    [3, 12],
  ] as const);
  const used = new Set<number>();
  const lines: StoredLine[] = [];
  for (let n = 0; n < count; n++) {
    let product = rng.pick(PRODUCTS);
    while (used.has(product.id)) product = rng.pick(PRODUCTS);
    used.add(product.id);
    lines.push({
      id: i * 4 + n + 1,
      productId: product.id,
      name: product.name,
      sku: product.sku,
      price: product.price,
      quantity: rng.chance(0.75) ? 1 : rng.int(2, 3),
      weight: product.weight,
      isCancel: false,
    });
  }
  // Now and then one line of a multi-line order was cancelled (out of stock) and is not packed.
  if (lines.length > 1 && rng.chance(0.06)) lines[lines.length - 1].isCancel = true;
  return lines;
}

/** The statuses the order went through to reach `status`, oldest first, never later than the anchor. */
function seedHistory(rng: Rng, status: OrderStatus, createdAt: number, anchor: number, cod: boolean) {
  let path: OrderStatus[];
  if (status === 'pending') path = ['pending'];
  else if (status === 'cancelled') path = [...pathTo(rng.pick(CANCELLABLE), cod), 'cancelled'];
  else if (status === 'returned')
    path = [...pathTo(rng.chance(0.5) ? 'shipped' : 'completed', cod), 'returned'];
  else path = pathTo(status, cod);
  const history: StoredHistory[] = [];
  let at = createdAt;
  for (const step of path) {
    if (history.length)
      at = Math.min(at + rng.int(10, 60 * (step === 'completed' ? 60 : 8)) * 60_000, anchor);
    history.push({ status: step, at, activity: ACTIVITIES[step], actor: 'System', remarks: '' });
  }
  return history;
}

function pathTo(status: OrderStatus, cod: boolean): OrderStatus[] {
  const head: OrderStatus[] = cod ? [] : ['pending'];
  if (status === 'pending') return ['pending'];
  return [...head, ...HAPPY_PATH.slice(0, HAPPY_PATH.indexOf(status) + 1)];
}

function referenceFor(rng: Rng, store: Store, createdAt: number): string {
  const day = new Date(createdAt).toISOString().slice(0, 10).replace(/-/g, '');
  switch (store.platform) {
    case 'shopee':
      return `${day.slice(2)}${rng.digits(2)}${rng.int(0x10000000, 0x7fffffff).toString(36).toUpperCase()}`;
    case 'tokopedia':
      return `INV/${day}/MPL/${rng.digits(10)}`;
    case 'lazada':
      return `${rng.int(1, 9)}${rng.digits(14)}`;
    case 'tiktok':
      return `57${rng.digits(16)}`;
    default:
      return `OFF-${day}-${rng.digits(4)}`;
  }
}
