// The list endpoint's body (design.md §1 row 4): documented names, defaults 1/10/All/created_at/desc,
// 422 per field when out of range or wrongly typed. Unless strict, the doc example's aliases (`size`,
// `sort`) and display-label status filters ("In Process", any case) are accepted too.
import { z } from 'zod';
import { listOrdersQuerySchema, ORDER_STATUSES, parseStatus, type OrderStatus } from '../../shared/orders';
import { fieldErrors, invalid, type FieldErrors } from './envelope';

const isoDateOrDateTime = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  error: 'must be an ISO 8601 date or date-time',
});

const bodySchema = listOrdersQuerySchema.extend({
  status: z.string().optional(),
  created_from: isoDateOrDateTime.optional(),
  created_to: isoDateOrDateTime.optional(),
});

export interface ListQuery {
  page: number;
  perPage: number;
  status: OrderStatus | null;
  sortBy: 'created_at' | 'status';
  direction: 'asc' | 'desc';
  from: number | null;
  to: number | null;
}

export function parseListQuery(raw: unknown, strict: boolean): ListQuery {
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw invalid({ body: ['The body must be a JSON object.'] });
  }
  const body: Record<string, unknown> = { ...((raw ?? {}) as Record<string, unknown>) };
  const errors: FieldErrors = {};
  applyAliases(body, strict, errors);
  const parsed = bodySchema.safeParse(body, { reportInput: true });
  if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error));
  const status = typeof body.status === 'string' ? statusFilter(body.status, strict, errors) : null;
  if (Object.keys(errors).length || !parsed.success) throw invalid(errors);
  const q = parsed.data;
  return {
    page: q.page,
    perPage: q.per_page,
    status,
    sortBy: q.sort_by ?? 'created_at',
    direction: q.sort_direction,
    from: q.created_from ? Date.parse(q.created_from) : null,
    to: q.created_to ? endOf(q.created_to) : null,
  };
}

/** `size` → per_page and `sort` (ASC/DESC) → sort_direction, when the documented name is absent. */
function applyAliases(body: Record<string, unknown>, strict: boolean, errors: FieldErrors): void {
  if ('size' in body) {
    if (strict) errors.size = ['Unknown field size: use per_page.'];
    else if (!('per_page' in body)) body.per_page = body.size;
    delete body.size;
  }
  if ('sort' in body) {
    if (strict) errors.sort = ['Unknown field sort: use sort_direction.'];
    else if (!('sort_direction' in body)) {
      body.sort_direction = typeof body.sort === 'string' ? body.sort.toLowerCase() : body.sort;
    }
    delete body.sort;
  }
}

function statusFilter(value: string | undefined, strict: boolean, errors: FieldErrors): OrderStatus | null {
  if (value === undefined || value === 'All') return null;
  if (strict) {
    if ((ORDER_STATUSES as readonly string[]).includes(value)) return value as OrderStatus;
  } else {
    if (value.trim().toLowerCase() === 'all') return null;
    const status = parseStatus(value);
    if (status) return status;
  }
  errors.status = [`The selected status is invalid: use All or one of ${ORDER_STATUSES.join(', ')}.`];
  return null;
}

/** A date-only upper bound includes that whole day. */
function endOf(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(value) + 86_400_000 - 1 : Date.parse(value);
}
