// Stored order → the API's shapes, field for field as in orders-api.md's examples.
import { STATUS_LABELS } from '../../shared/orders';
import { apiTime, apiTimeOrNull, money } from './envelope';
import { CHANNEL_NAMES, externalStatus } from './order-facts';
import { HUBS } from './seed-data';
import type { StoredOrder } from './types';

export function toSummary(o: StoredOrder) {
  return {
    order_header_id: o.id,
    order_code: o.code,
    order_reference_id: o.referenceId,
    internal_status: STATUS_LABELS[o.status],
    external_status: externalStatus(o.platform, o.status),
    store_platform: o.platform,
    location_id: o.locationId,
    warehouse_code: o.warehouseCode,
    payment_method: o.paymentType,
    logistic_provider_name: o.provider,
    logistic_service_name: o.service,
    logistic_carrier: o.carrier,
    delivery: o.delivery,
    tracking_number: o.trackingNumber,
    is_fake: o.isFake,
    fulfill_by_mp: o.fulfillByMp,
    created_at: apiTime(o.createdAt),
    updated_at: apiTime(o.updatedAt),
  };
}

export function toDetail(o: StoredOrder) {
  const r = o.recipient;
  const d = o.dropshipper;
  return {
    order_id: o.id,
    order_code: o.code,
    original_order_code: o.originalCode,
    internal_status: STATUS_LABELS[o.status],
    external_status: externalStatus(o.platform, o.status),
    cancel_by: o.cancelBy,
    cancel_reason: o.cancelReason,
    channel: o.platform === 'offline' ? null : o.platform,
    created_via: o.createdVia,
    client_id: o.clientId,
    client_name: '',
    location_id: o.locationId,
    store_name: o.storeName,
    store_channel_id: o.storeChannelId,
    delivery: o.delivery,
    shipping_info: {
      provider_name: o.provider,
      provider_service: o.service,
      logistic_carrier: o.carrier,
      tracking_number: o.trackingNumber,
      routing_code: null,
      sorting_code: null,
    },
    payment_type: o.paymentType,
    payment_via: o.paymentVia,
    recipient_info: {
      name: r.name,
      phone: r.phone,
      email: r.email,
      country: r.country,
      state: r.state,
      city: r.city,
      district: r.district,
      sub_district: r.subDistrict,
      full_address: r.fullAddress,
      postal_code: r.postalCode,
      longitude: null,
      latitude: null,
      remarks: r.remarks,
    },
    buyer_info: {
      name: o.buyer.name,
      phone: o.buyer.phone,
      email: o.buyer.email,
      full_address: o.buyer.fullAddress,
      remarks: o.buyer.remarks,
    },
    dropshipper_info: {
      name: d?.name ?? null,
      phone: d?.phone ?? null,
      email: d?.email ?? null,
      full_address: d?.fullAddress ?? null,
    },
    product_info: o.lines.map((l) => ({
      order_detail_id: l.id,
      product_id: l.productId,
      product_name: l.name,
      is_cancel: l.isCancel,
      sku: l.sku,
      price: money(l.price),
      currency: 'IDR',
      quantity: l.quantity,
      weight: l.weight,
    })),
    price_info: {
      sub_total: money(o.price.subTotal),
      shipping_price: money(o.price.shipping),
      total_discount: money(o.price.discount),
      tax: money(o.price.tax),
      cod_price: money(o.price.cod),
      dfod_price: '0.00',
      insurance_price: money(o.price.insurance),
      grand_total: money(o.price.grandTotal),
      currency: 'IDR',
    },
    discount_info: [],
    checkout_at: apiTimeOrNull(o.checkoutAt),
    paid_at: apiTimeOrNull(o.paidAt),
    cancel_sla_at: apiTimeOrNull(o.cancelSlaAt),
    created_at: apiTime(o.createdAt),
    updated_at: apiTime(o.updatedAt),
    fulfill_by_mp: o.fulfillByMp,
  };
}

export function toTracking(o: StoredOrder, tenantId: string, now: number) {
  return {
    order_code: o.code,
    order_reference_id: o.referenceId,
    order_status: STATUS_LABELS[o.status],
    tracking_number: o.trackingNumber,
    channel: CHANNEL_NAMES[o.platform],
    courier: o.carrier,
    service: o.service,
    tenant_id: tenantId,
    order_history: [...o.history].reverse().map((h) => ({
      status: STATUS_LABELS[h.status],
      channel_status: externalStatus(o.platform, h.status),
      activity: h.activity,
      full_name: h.actor,
      created_at: apiTime(h.at),
      file_url: '',
      remarks: h.remarks,
    })),
    delivery_history: deliveryHistory(o, now),
  };
}

/** Courier scans derived from the order's own history: none before pickup, newest first. */
function deliveryHistory(o: StoredOrder, now: number) {
  const at = (status: string) => o.history.findLast((h) => h.status === status)?.at ?? null;
  const shippedAt = at('shipped');
  if (shippedAt === null || !o.trackingNumber) return [];
  const completedAt = at('completed');
  const returnedAt = o.status === 'returned' ? at('returned') : null;
  const end = completedAt ?? returnedAt ?? shippedAt + 48 * 3_600_000;
  const span = Math.max(end - shippedAt, 60_000);
  const hub = HUBS[o.id % HUBS.length];
  const destination = o.recipient.city ?? 'Destination';
  const scans: { status: string; location: string; at: number }[] = [
    { status: 'picked_up', location: o.warehouseCity, at: shippedAt + span * 0.05 },
    { status: 'in_transit', location: hub, at: shippedAt + span * 0.3 },
    { status: 'arrived_at_destination_hub', location: destination, at: shippedAt + span * 0.6 },
  ];
  if (completedAt !== null) {
    scans.push({ status: 'out_for_delivery', location: destination, at: shippedAt + span * 0.85 });
    scans.push({ status: 'delivered', location: destination, at: completedAt });
  } else if (returnedAt !== null) {
    scans.push({ status: 'delivery_failed', location: destination, at: shippedAt + span * 0.8 });
  }
  if (returnedAt !== null)
    scans.push({ status: 'returned_to_sender', location: o.warehouseCity, at: returnedAt });
  const courier = o.provider.toLowerCase();
  const service = o.service.toLowerCase();
  return scans
    .filter((s) => s.at <= now)
    .reverse()
    .map((s) => ({
      tracking_number: o.trackingNumber,
      status: s.status,
      location: s.location,
      timestamp: apiTime(Math.floor(s.at)),
      courier,
      service,
    }));
}
