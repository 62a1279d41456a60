// What the Pack screen shows of an order, built in main from the cached summary and detail. Money stays
// the API's strings; nothing is recomputed here.
import type { OrderDetail, OrderSummary } from '../orders/schemas';
import { parseStatus, type OrderStatus } from '../orders/status';

export interface OrderLineView {
  orderDetailId: number;
  sku: string;
  name: string | null;
  quantity: number;
  isCancel: boolean;
  price: string;
  currency: string;
}

export interface OrderView {
  orderId: number | null;
  orderCode: string;
  status: OrderStatus | null;
  /** The API's display label ("In Process"), shown as given. */
  statusLabel: string;
  /** The sales channel's own word: shown, never branched on. */
  externalStatus: string | null;
  storeName: string | null;
  channel: string | null;
  recipientName: string | null;
  recipientCity: string | null;
  recipientProvince: string | null;
  postalCode: string | null;
  carrier: string | null;
  service: string | null;
  trackingNumber: string | null;
  paymentType: string | null;
  codAmount: string | null;
  grandTotal: string | null;
  currency: string;
  lines: OrderLineView[];
  cancelRequest: { by: string | null; reason: string | null; slaAt: string | null } | null;
  fulfillByMp: boolean;
  isFake: boolean;
}

export function toOrderView(summary: OrderSummary | null, detail: OrderDetail | null): OrderView | null {
  const code = detail?.order_code ?? summary?.order_code;
  if (!code) return null;
  const label = detail?.internal_status ?? summary?.internal_status ?? '';
  const status = parseStatus(label);
  const price = detail?.price_info;
  const openCancel =
    detail && status !== 'cancelled' && (detail.cancel_by || detail.cancel_reason || detail.cancel_sla_at)
      ? { by: detail.cancel_by, reason: detail.cancel_reason, slaAt: detail.cancel_sla_at }
      : null;
  const isCod = /^cod$/i.test(detail?.payment_type ?? summary?.payment_method ?? '');
  return {
    orderId: detail?.order_id ?? summary?.order_header_id ?? null,
    orderCode: code,
    status,
    statusLabel: label,
    externalStatus: detail?.external_status ?? summary?.external_status ?? null,
    storeName: detail?.store_name ?? null,
    channel: detail?.channel ?? summary?.store_platform ?? null,
    recipientName: detail?.recipient_info.name ?? null,
    recipientCity: detail?.recipient_info.city ?? null,
    recipientProvince: detail?.recipient_info.state ?? null,
    postalCode: detail?.recipient_info.postal_code ?? null,
    carrier: detail?.shipping_info.logistic_carrier ?? summary?.logistic_carrier ?? null,
    service: detail?.shipping_info.provider_service ?? summary?.logistic_service_name ?? null,
    trackingNumber: detail?.shipping_info.tracking_number ?? summary?.tracking_number ?? null,
    paymentType: detail?.payment_type ?? summary?.payment_method ?? null,
    codAmount: isCod && price ? price.cod_price : null,
    grandTotal: price?.grand_total ?? null,
    currency: price?.currency ?? 'IDR',
    lines: (detail?.product_info ?? []).map((line) => ({
      orderDetailId: line.order_detail_id,
      sku: line.sku,
      name: line.product_name,
      quantity: line.quantity,
      isCancel: line.is_cancel,
      price: line.price,
      currency: line.currency,
    })),
    cancelRequest: openCancel,
    fulfillByMp: detail?.fulfill_by_mp ?? summary?.fulfill_by_mp ?? false,
    isFake: detail?.is_fake ?? summary?.is_fake ?? false,
  };
}
