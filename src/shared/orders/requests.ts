// Request bodies the station sends (and the sandbox accepts). Names are the documented ones only.
import { z } from 'zod';
import {
  CANCEL_REASONS,
  PAYMENT_METHOD_TYPES,
  PICKUP_OPTIONS,
  RETURN_REASONS,
  SORT_DIRECTIONS,
  SORT_FIELDS,
} from './options';
import { ORDER_STATUSES } from './status';
import { orderCodeSchema } from './schemas';

export const listOrdersQuerySchema = z.object({
  page: z.number().int().min(1).default(1),
  per_page: z.number().int().min(1).max(100).default(10),
  status: z.enum([...ORDER_STATUSES, 'All']).optional(),
  sort_by: z.enum(SORT_FIELDS).optional(),
  sort_direction: z.enum(SORT_DIRECTIONS).default('desc'),
  created_from: z.iso.datetime({ offset: true }).optional(),
  created_to: z.iso.datetime({ offset: true }).optional(),
});
export type ListOrdersQuery = z.input<typeof listOrdersQuerySchema>;

export const pickupOptionSchema = z.enum(PICKUP_OPTIONS);
export const orderCodeInputSchema = z.object({ order_code: orderCodeSchema });

export const setPackedInputSchema = z.object({
  order_code: orderCodeSchema,
  pickup_option: pickupOptionSchema,
});
export type SetPackedInput = z.infer<typeof setPackedInputSchema>;

export const cancelInputSchema = z.object({
  order_code: orderCodeSchema,
  cancel_by: z.enum(CANCEL_REASONS),
  cancel_reason: z.string().trim().min(1).max(500),
  direct_cancel: z.boolean(),
});
export type CancelInput = z.infer<typeof cancelInputSchema>;

export const returnInputSchema = z.object({
  order_code: orderCodeSchema,
  return_by: z.enum(RETURN_REASONS),
  return_reason: z.string().trim().min(1).max(500),
});
export type ReturnInput = z.infer<typeof returnInputSchema>;

export const updateOrderInputSchema = z.object({
  order_code: orderCodeSchema,
  customer: z
    .object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional() })
    .optional(),
  shipping_address: z
    .object({
      name: z.string().optional(),
      phone: z.string().optional(),
      address: z.string().optional(),
      city: z.string().optional(),
      province: z.string().optional(),
      postal_code: z.string().optional(),
      country: z.string().optional(),
    })
    .optional(),
  notes: z.string().optional(),
  tags: z.array(z.string()).optional(),
});
export type UpdateOrderInput = z.infer<typeof updateOrderInputSchema>;

const optionalText = z.string().nullable().optional();

export const createOrderInputSchema = z.object({
  order_code: orderCodeSchema,
  payment_method_type: z.enum(PAYMENT_METHOD_TYPES),
  payment_via: optionalText,
  store_id: z.union([z.string(), z.number()]),
  location_id: z.union([z.string(), z.number()]),
  checkout_at: optionalText,
  sales_pic: optionalText,
  remarks: optionalText,
  origin_code: optionalText,
  destination_code: optionalText,
  cod_percentage: z.number().optional(),
  insurance_percentage: z.number().optional(),
  dropshipper_name: optionalText,
  dropshipper_phone: optionalText,
  dropshipper_email: optionalText,
  dropshipper_full_address: optionalText,
  is_dropship: z.boolean().optional(),
  is_draft: z.boolean().optional(),
  is_unpaid: z.boolean().optional(),
  recipient: z.object({
    name: z.string().trim().min(1),
    phone: z.string().trim().min(1),
    email: optionalText,
    country: optionalText,
    province: optionalText,
    city: optionalText,
    sub_district: optionalText,
    district: optionalText,
    postal_code: optionalText,
    full_address: z.string().trim().min(1),
    sub_district_id: optionalText,
    remarks: optionalText,
    recipient_sub_district_id: optionalText,
  }),
  buyer: z
    .object({ email: optionalText, name: optionalText, phone: optionalText, full_address: optionalText })
    .optional(),
  delivery: z.object({
    logistic: optionalText,
    delivery_method: optionalText,
    custom_logistic: optionalText,
    logistic_provider_name: optionalText,
    logistic_service_name: optionalText,
    logistic_carrier: optionalText,
    tracking_number: optionalText,
  }),
  products: z
    .array(
      z.object({
        name: z.string().trim().min(1),
        sku: z.string().trim().min(1),
        product_id: z.union([z.number(), z.string()]).nullable().optional(),
        unit_price: z.union([z.number(), z.string()]),
        unit_weight: z.union([z.number(), z.string()]).optional(),
        qty: z.number().int().min(1),
      }),
    )
    .min(1),
  package: z
    .object({ weight: z.number(), length: z.number(), width: z.number(), height: z.number() })
    .partial()
    .optional(),
  price: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
});
export type CreateOrderInput = z.infer<typeof createOrderInputSchema>;
