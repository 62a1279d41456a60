// The manual order form's data and its checks, kept apart from the view so they can be tested. Every
// problem is a field name and a message key, shown in words beside the form before anything is sent.
import { PAYMENT_METHOD_TYPES, type PaymentMethodType } from '../../../shared/orders/options';
import { createOrderInputSchema, type CreateOrderInput } from '../../../shared/orders/requests';

export interface ProductDraft {
  sku: string;
  name: string;
  qty: string;
  unitPrice: string;
}

export interface OrderDraft {
  orderCode: string;
  payment: PaymentMethodType;
  storeId: string;
  locationId: string;
  name: string;
  phone: string;
  address: string;
  city: string;
  province: string;
  postalCode: string;
  provider: string;
  service: string;
  products: ProductDraft[];
}

export const EMPTY_PRODUCT: ProductDraft = { sku: '', name: '', qty: '1', unitPrice: '' };

export const EMPTY_DRAFT: OrderDraft = {
  orderCode: '',
  payment: PAYMENT_METHOD_TYPES[1],
  storeId: '',
  locationId: '',
  name: '',
  phone: '',
  address: '',
  city: '',
  province: '',
  postalCode: '',
  provider: '',
  service: '',
  products: [EMPTY_PRODUCT],
};

export type ProblemKey =
  | 'orders.form.required'
  | 'orders.form.wholeNumber'
  | 'orders.form.qtyMin'
  | 'orders.form.price'
  | 'orders.form.phoneInvalid'
  | 'orders.form.emailInvalid'
  | 'orders.form.noProducts'
  | 'orders.form.invalid';

export interface Problem {
  /** The draft field ("name", "products.0.qty"), or "products" for the list as a whole. */
  field: string;
  key: ProblemKey;
}

/** Digits, spaces, dashes, an optional leading +: what a packer can dial or a courier can read. */
export function isPhone(value: string): boolean {
  return /^\+?[\d\s-]{6,20}$/.test(value.trim());
}

/** A plain name@host.tld check: catches typos, leaves the real verdict to the API. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

const REQUIRED: (keyof OrderDraft)[] = ['orderCode', 'storeId', 'locationId', 'name', 'phone', 'address'];

export function validateDraft(draft: OrderDraft): { input: CreateOrderInput | null; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const field of REQUIRED) {
    const value = draft[field];
    if (typeof value === 'string' && value.trim() === '')
      problems.push({ field, key: 'orders.form.required' });
  }
  for (const field of ['storeId', 'locationId'] as const) {
    const value = draft[field].trim();
    if (value !== '' && !/^\d+$/.test(value)) problems.push({ field, key: 'orders.form.wholeNumber' });
  }
  if (draft.phone.trim() !== '' && !isPhone(draft.phone))
    problems.push({ field: 'phone', key: 'orders.form.phoneInvalid' });
  if (draft.products.length === 0) problems.push({ field: 'products', key: 'orders.form.noProducts' });
  draft.products.forEach((p, i) => {
    if (p.sku.trim() === '') problems.push({ field: `products.${i}.sku`, key: 'orders.form.required' });
    if (p.name.trim() === '') problems.push({ field: `products.${i}.name`, key: 'orders.form.required' });
    if (!/^\d+$/.test(p.qty.trim()) || Number(p.qty) < 1)
      problems.push({ field: `products.${i}.qty`, key: 'orders.form.qtyMin' });
    if (!/^\d+(\.\d{1,2})?$/.test(p.unitPrice.trim()))
      problems.push({ field: `products.${i}.unitPrice`, key: 'orders.form.price' });
  });
  if (problems.length > 0) return { input: null, problems };

  const optional = (v: string): string | null => (v.trim() === '' ? null : v.trim());
  const parsed = createOrderInputSchema.safeParse({
    order_code: draft.orderCode.trim(),
    payment_method_type: draft.payment,
    store_id: Number(draft.storeId),
    location_id: Number(draft.locationId),
    recipient: {
      name: draft.name.trim(),
      phone: draft.phone.trim(),
      full_address: draft.address.trim(),
      city: optional(draft.city),
      province: optional(draft.province),
      postal_code: optional(draft.postalCode),
    },
    delivery: {
      logistic_provider_name: optional(draft.provider),
      logistic_service_name: optional(draft.service),
    },
    products: draft.products.map((p) => ({
      sku: p.sku.trim(),
      name: p.name.trim(),
      qty: Number(p.qty),
      // As typed: money is never turned into a float on its way to the API.
      unit_price: p.unitPrice.trim(),
    })),
  });
  // The checks above cover the schema; this guard keeps a future schema change from sending bad data.
  if (!parsed.success) return { input: null, problems: [{ field: 'form', key: 'orders.form.invalid' }] };
  return { input: parsed.data, problems: [] };
}
