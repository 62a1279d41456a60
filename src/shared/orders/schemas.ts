// Shapes of the Orders API's data, as zod schemas: the client validates every reply with them and the
// rest of the station uses the inferred types. Tolerant where the documentation is loose (nullable
// fields, money as strings, numbers that arrive as strings), strict where a mistake would cost money
// (order codes non-empty, label URL http(s)).
import { z } from 'zod';

// Absent or null → null. A default, not a transform: the client validates every reply, and a transform
// per field costs a pipe and a call in every row of a list page.
const nullableString = z.string().nullable().default(null);
const maybeString = z.string().nullable().optional();
/** A non-empty order code. */
export const orderCodeSchema = z.string().trim().min(1, 'order code is empty').max(100);
/** Money arrives as a decimal string ("12000.00"); numbers are accepted and kept as given. */
export const moneySchema = z.union([z.string(), z.number().transform((v) => String(v))]);
const intLike = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);

export const envelopeSchema = z.object({
  status: z.union([z.number(), z.string()]),
  message: z.string().nullable().optional(),
  data: z.unknown(),
  errors: z.record(z.string(), z.array(z.string())).nullable().optional(),
  request_id: z.string().nullable().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export const orderSummarySchema = z.object({
  order_header_id: intLike,
  order_code: orderCodeSchema,
  order_reference_id: nullableString,
  internal_status: z.string(),
  external_status: nullableString,
  store_platform: nullableString,
  location_id: intLike.nullable().optional(),
  warehouse_code: nullableString,
  payment_method: nullableString,
  logistic_provider_name: nullableString,
  logistic_service_name: nullableString,
  logistic_carrier: nullableString,
  delivery: nullableString,
  tracking_number: nullableString,
  is_fake: z.boolean().default(false),
  fulfill_by_mp: z.boolean().default(false),
  created_at: z.string(),
  updated_at: z.string(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

export const orderPageSchema = z.object({
  data: z.array(orderSummarySchema),
  current_page: intLike,
  per_page: intLike,
  total_data: intLike,
  total_page: intLike,
});
export type OrderPage = z.infer<typeof orderPageSchema>;

export const productLineSchema = z.object({
  order_detail_id: intLike,
  product_id: intLike.nullable().optional(),
  product_name: nullableString,
  is_cancel: z.boolean().default(false),
  sku: z.string(),
  price: moneySchema,
  currency: z.string().default('IDR'),
  quantity: intLike,
  weight: z.union([z.number(), z.string()]).nullable().optional(),
});
export type ProductLine = z.infer<typeof productLineSchema>;

const partySchema = z.object({
  name: nullableString,
  phone: nullableString,
  email: nullableString,
  full_address: nullableString,
  remarks: nullableString,
});

export const recipientSchema = partySchema.extend({
  country: nullableString,
  state: nullableString,
  city: nullableString,
  district: nullableString,
  sub_district: nullableString,
  postal_code: nullableString,
  longitude: z.union([z.number(), z.string()]).nullable().optional(),
  latitude: z.union([z.number(), z.string()]).nullable().optional(),
});

export const orderDetailSchema = z.object({
  order_id: intLike,
  order_code: orderCodeSchema,
  original_order_code: nullableString,
  internal_status: z.string(),
  external_status: nullableString,
  cancel_by: nullableString,
  cancel_reason: nullableString,
  channel: nullableString,
  created_via: nullableString,
  client_id: nullableString,
  client_name: nullableString,
  location_id: intLike.nullable().optional(),
  store_name: nullableString,
  store_channel_id: nullableString,
  delivery: nullableString,
  shipping_info: z.object({
    provider_name: nullableString,
    provider_service: nullableString,
    logistic_carrier: nullableString,
    tracking_number: nullableString,
    routing_code: nullableString,
    sorting_code: nullableString,
  }),
  payment_type: nullableString,
  payment_via: nullableString,
  recipient_info: recipientSchema,
  buyer_info: partySchema,
  // Every field may be absent, and an absent one stays absent (no null is filled in).
  dropshipper_info: z
    .object({
      name: maybeString,
      phone: maybeString,
      email: maybeString,
      full_address: maybeString,
      remarks: maybeString,
    })
    .nullable()
    .optional(),
  product_info: z.array(productLineSchema),
  price_info: z.object({
    sub_total: moneySchema,
    shipping_price: moneySchema,
    total_discount: moneySchema,
    tax: moneySchema,
    cod_price: moneySchema,
    dfod_price: moneySchema.optional(),
    insurance_price: moneySchema.optional(),
    grand_total: moneySchema,
    currency: z.string().default('IDR'),
  }),
  discount_info: z.array(z.unknown()).default([]),
  checkout_at: nullableString,
  paid_at: nullableString,
  cancel_sla_at: nullableString,
  created_at: z.string(),
  updated_at: z.string(),
  fulfill_by_mp: z.boolean().default(false),
  is_fake: z.boolean().optional(),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export const orderHistoryEntrySchema = z.object({
  status: z.string(),
  channel_status: nullableString,
  activity: nullableString,
  full_name: nullableString,
  created_at: z.string(),
  file_url: nullableString,
  remarks: nullableString,
});

export const deliveryHistoryEntrySchema = z.object({
  tracking_number: nullableString,
  status: z.string(),
  location: nullableString,
  timestamp: z.string(),
  courier: nullableString,
  service: nullableString,
});

export const trackingSchema = z.object({
  order_code: orderCodeSchema,
  order_reference_id: nullableString,
  order_status: z.string(),
  tracking_number: nullableString,
  channel: nullableString,
  courier: nullableString,
  service: nullableString,
  tenant_id: nullableString,
  order_history: z.array(orderHistoryEntrySchema).default([]),
  delivery_history: z.array(deliveryHistoryEntrySchema).default([]),
});
export type Tracking = z.infer<typeof trackingSchema>;

export const shippingLabelSchema = z.object({
  order_id: intLike,
  channel: nullableString,
  order_code: orderCodeSchema,
  url: z.url({ protocol: /^https?$/, error: 'label URL must be http(s)' }),
});
export type ShippingLabel = z.infer<typeof shippingLabelSchema>;
