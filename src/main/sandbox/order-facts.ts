// Small facts derived from an order: the sales channel's own status word, courier tracking numbers,
// history activity names. Shared by the seed generator and the routes.
import type { OrderStatus } from '../../shared/orders';
import type { Rng } from './prng';
import { COURIERS } from './seed-data';
import type { StorePlatform } from './types';

const OFFLINE_WORDS: Record<OrderStatus, string> = {
  pending: 'UNPAID',
  to_process: 'PROCESSED',
  process: 'PROCESSED',
  packed: 'PROCESSED',
  shipped: 'SHIPPED',
  completed: 'DELIVERED',
  cancelled: 'CANCELLED',
  returned: 'RETURNED',
};

const MARKETPLACE_WORDS: Record<Exclude<StorePlatform, 'offline'>, Record<OrderStatus, string>> = {
  shopee: {
    pending: 'UNPAID',
    to_process: 'READY_TO_SHIP',
    process: 'READY_TO_SHIP',
    packed: 'PROCESSED',
    shipped: 'SHIPPED',
    completed: 'COMPLETED',
    cancelled: 'CANCELLED',
    returned: 'TO_RETURN',
  },
  tokopedia: {
    pending: 'WAITING_PAYMENT',
    to_process: 'NEW_ORDER',
    process: 'PROCESSING',
    packed: 'READY_TO_PICKUP',
    shipped: 'IN_DELIVERY',
    completed: 'FINISHED',
    cancelled: 'CANCELLED',
    returned: 'RETURNED',
  },
  lazada: {
    pending: 'unpaid',
    to_process: 'pending',
    process: 'packed',
    packed: 'ready_to_ship',
    shipped: 'shipped',
    completed: 'delivered',
    cancelled: 'canceled',
    returned: 'returned',
  },
  tiktok: {
    pending: 'UNPAID',
    to_process: 'AWAITING_SHIPMENT',
    process: 'AWAITING_SHIPMENT',
    packed: 'AWAITING_COLLECTION',
    shipped: 'IN_TRANSIT',
    completed: 'COMPLETED',
    cancelled: 'CANCELLED',
    returned: 'RETURNED',
  },
};

/** `external_status`: the sales channel's own word for the status (shown, never branched on). */
export function externalStatus(platform: StorePlatform, status: OrderStatus): string {
  return platform === 'offline' ? OFFLINE_WORDS[status] : MARKETPLACE_WORDS[platform][status];
}

export const CHANNEL_NAMES: Record<StorePlatform, string> = {
  offline: 'Offline',
  shopee: 'Shopee',
  tokopedia: 'Tokopedia',
  lazada: 'Lazada',
  tiktok: 'TikTok',
};

export const ACTIVITIES: Record<OrderStatus, string> = {
  pending: 'Create Order',
  to_process: 'Payment Confirmed',
  process: 'Process Order',
  packed: 'Pack Order',
  shipped: 'Ship Order',
  completed: 'Complete Order',
  cancelled: 'Cancel Order',
  returned: 'Return Order',
};

/** A tracking number in the courier's own format (JNE CGK…, J&T JP…, SiCepat 00…). */
export function trackingNumberFor(provider: string, rng: Rng): string {
  const courier = COURIERS.find((c) => c.provider === provider);
  if (!courier) return `AWB${rng.digits(10)}`;
  return `${courier.prefix}${rng.digits(courier.digits)}`;
}
