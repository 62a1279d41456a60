// The edit-order form's data and checks, kept apart from the view so they can be tested. The form starts
// from the order's detail; only fields the supervisor changed are checked and sent, and only the names the
// update endpoint accepts (design.md §1 row 12): customer, shipping_address, notes, tags.
import type { OrderDetail } from '../../../shared/orders/schemas';
import type { OrderStatus } from '../../../shared/orders/status';
import { updateOrderInputSchema, type UpdateOrderInput } from '../../../shared/orders/requests';
import { isEmail, isPhone, type Problem } from './create-order-form';

/** The API accepts an update only in these statuses (design.md §1 row 12; anything else is a 409). */
export const EDITABLE_STATUSES: readonly OrderStatus[] = ['pending', 'to_process', 'process'];

export function isEditable(status: OrderStatus | null): boolean {
  return status !== null && EDITABLE_STATUSES.includes(status);
}

export interface EditDraft {
  name: string;
  phone: string;
  address: string;
  city: string;
  province: string;
  postalCode: string;
  country: string;
  buyerName: string;
  buyerPhone: string;
  buyerEmail: string;
  /** The detail does not carry notes or tags: these start empty, and empty means "keep as it is". */
  notes: string;
  tags: string;
}
export type EditField = keyof EditDraft;

type ShippingName = keyof NonNullable<UpdateOrderInput['shipping_address']>;
type CustomerName = keyof NonNullable<UpdateOrderInput['customer']>;

/** The recipient's fields become `shipping_address`, the buyer's `customer` (API names on the right). */
const SHIPPING: readonly (readonly [EditField, ShippingName])[] = [
  ['name', 'name'],
  ['phone', 'phone'],
  ['address', 'address'],
  ['city', 'city'],
  ['province', 'province'],
  ['postalCode', 'postal_code'],
  ['country', 'country'],
];
const CUSTOMER: readonly (readonly [EditField, CustomerName])[] = [
  ['buyerName', 'name'],
  ['buyerPhone', 'phone'],
  ['buyerEmail', 'email'],
];

export function draftFromDetail(detail: OrderDetail): EditDraft {
  const r = detail.recipient_info;
  const b = detail.buyer_info;
  return {
    name: r.name ?? '',
    phone: r.phone ?? '',
    address: r.full_address ?? '',
    city: r.city ?? '',
    province: r.state ?? '',
    postalCode: r.postal_code ?? '',
    country: r.country ?? '',
    buyerName: b.name ?? '',
    buyerPhone: b.phone ?? '',
    buyerEmail: b.email ?? '',
    notes: '',
    tags: '',
  };
}

/** A recipient the courier can reach: these may be changed, never emptied. */
const KEEP_FILLED: EditField[] = ['name', 'phone', 'address'];

export type EditResult =
  | { input: UpdateOrderInput; problems: [] }
  | { input: null; problems: Problem[] }
  /** Nothing differs from the detail: nothing to send. */
  | { input: null; problems: []; unchanged: true };

export function validateEdit(orderCode: string, initial: EditDraft, draft: EditDraft): EditResult {
  const changed = (f: EditField): boolean => draft[f].trim() !== initial[f].trim();
  const problems: Problem[] = [];
  for (const field of KEEP_FILLED) {
    if (changed(field) && draft[field].trim() === '') problems.push({ field, key: 'orders.form.required' });
  }
  for (const field of ['phone', 'buyerPhone'] as const) {
    if (changed(field) && draft[field].trim() !== '' && !isPhone(draft[field]))
      problems.push({ field, key: 'orders.form.phoneInvalid' });
  }
  if (changed('buyerEmail') && draft.buyerEmail.trim() !== '' && !isEmail(draft.buyerEmail))
    problems.push({ field: 'buyerEmail', key: 'orders.form.emailInvalid' });
  if (problems.length > 0) return { input: null, problems };

  const group = <N extends string>(names: readonly (readonly [EditField, N])[]) => {
    const out: Partial<Record<N, string>> = {};
    for (const [field, apiName] of names) if (changed(field)) out[apiName] = draft[field].trim();
    return Object.keys(out).length > 0 ? out : undefined;
  };
  const tags = draft.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  const body: UpdateOrderInput = {
    order_code: orderCode,
    shipping_address: group(SHIPPING),
    customer: group(CUSTOMER),
    notes: draft.notes.trim() === '' ? undefined : draft.notes.trim(),
    tags: tags.length > 0 ? tags : undefined,
  };
  if ([body.shipping_address, body.customer, body.notes, body.tags].every((v) => v === undefined))
    return { input: null, problems: [], unchanged: true };
  // The checks above cover the schema; this guard keeps a future schema change from sending bad data.
  const parsed = updateOrderInputSchema.safeParse(body);
  if (!parsed.success) return { input: null, problems: [{ field: 'form', key: 'orders.form.invalid' }] };
  return { input: parsed.data, problems: [] };
}

/** The API's 422 field names mapped onto the form's fields; the rest stay for the note above the form. */
export function apiFieldProblems(fieldErrors: Record<string, string[]> | undefined): {
  byField: Partial<Record<EditField, string>>;
  rest: Record<string, string[]>;
} {
  const byField: Partial<Record<EditField, string>> = {};
  const rest: Record<string, string[]> = {};
  for (const [apiField, messages] of Object.entries(fieldErrors ?? {})) {
    const field = formFieldOf(apiField);
    if (field) byField[field] = [byField[field], ...messages].filter(Boolean).join(' ');
    else rest[apiField] = messages;
  }
  return { byField, rest };
}

function formFieldOf(apiField: string): EditField | null {
  if (apiField === 'notes') return 'notes';
  if (apiField === 'tags' || /^tags\.\d+$/.test(apiField)) return 'tags';
  const [head, name] = apiField.split('.', 2);
  const names = head === 'shipping_address' ? SHIPPING : head === 'customer' ? CUSTOMER : [];
  return names.find(([, apiName]) => apiName === name)?.[0] ?? null;
}
