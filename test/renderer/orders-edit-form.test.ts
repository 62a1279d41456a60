import { describe, expect, it } from 'vitest';
import { orderDetailSchema, type OrderDetail } from '../../src/shared/orders/schemas';
import { ORDER_STATUSES } from '../../src/shared/orders/status';
import {
  apiFieldProblems,
  draftFromDetail,
  isEditable,
  validateEdit,
  type EditDraft,
} from '../../src/renderer/src/orders/edit-order-form';

function detailFixture(status = 'To Process'): OrderDetail {
  return orderDetailSchema.parse({
    order_id: 41,
    order_code: 'ORD-EDIT-1',
    internal_status: status,
    shipping_info: {},
    recipient_info: {
      name: 'Siti Rahma',
      phone: '(022) 555-01',
      email: null,
      full_address: 'Jl. Merdeka 10',
      city: 'Bandung',
      state: 'Jawa Barat',
      postal_code: '40111',
      country: 'Indonesia',
      district: 'Sumur Bandung',
    },
    buyer_info: { name: 'Budi', phone: '+62 812 0000 111', email: 'budi@example.com' },
    product_info: [],
    price_info: {
      sub_total: '1.00',
      shipping_price: '0.00',
      total_discount: '0.00',
      tax: '0.00',
      cod_price: '0.00',
      grand_total: '1.00',
    },
    created_at: '2025-09-20T01:27:06.000000Z',
    updated_at: '2025-09-20T01:27:06.000000Z',
  });
}

const initial = draftFromDetail(detailFixture());
const edited = (patch: Partial<EditDraft>): EditDraft => ({ ...initial, ...patch });

describe('the edit-order form', () => {
  it('offers editing only in the statuses the API updates (pending, to process, in process)', () => {
    expect(ORDER_STATUSES.filter(isEditable)).toEqual(['pending', 'to_process', 'process']);
    expect(isEditable(null)).toBe(false);
  });

  it('starts from the detail: recipient as shipping address, buyer as customer, notes and tags empty', () => {
    expect(initial).toEqual({
      name: 'Siti Rahma',
      phone: '(022) 555-01',
      address: 'Jl. Merdeka 10',
      city: 'Bandung',
      province: 'Jawa Barat',
      postalCode: '40111',
      country: 'Indonesia',
      buyerName: 'Budi',
      buyerPhone: '+62 812 0000 111',
      buyerEmail: 'budi@example.com',
      notes: '',
      tags: '',
    });
  });

  it('sends only the changed fields, under the names the update endpoint accepts', () => {
    const result = validateEdit(
      'ORD-EDIT-1',
      initial,
      edited({ phone: ' +62 811 2222 333 ', address: 'Jl. Asia Afrika 8', buyerEmail: 'b@example.id' }),
    );
    expect(result.problems).toEqual([]);
    expect(JSON.parse(JSON.stringify(result.input))).toEqual({
      order_code: 'ORD-EDIT-1',
      shipping_address: { phone: '+62 811 2222 333', address: 'Jl. Asia Afrika 8' },
      customer: { email: 'b@example.id' },
    });
  });

  it('sends notes and tags only when typed, tags split on commas', () => {
    const result = validateEdit(
      'ORD-EDIT-1',
      initial,
      edited({ notes: ' Fragile ', tags: 'priority, , gift ' }),
    );
    expect(JSON.parse(JSON.stringify(result.input))).toEqual({
      order_code: 'ORD-EDIT-1',
      notes: 'Fragile',
      tags: ['priority', 'gift'],
    });
  });

  it('sends nothing when nothing changed (spaces around a value are no change)', () => {
    expect(validateEdit('ORD-EDIT-1', initial, edited({ city: ' Bandung ', tags: ' , ' }))).toEqual({
      input: null,
      problems: [],
      unchanged: true,
    });
  });

  it('refuses to empty the recipient, a bad phone and a bad email, and builds no body', () => {
    const result = validateEdit(
      'ORD-EDIT-1',
      initial,
      edited({ name: ' ', address: '', buyerPhone: 'call me', buyerEmail: 'budi@' }),
    );
    expect(result.input).toBeNull();
    expect(result.problems).toEqual([
      { field: 'name', key: 'orders.form.required' },
      { field: 'address', key: 'orders.form.required' },
      { field: 'buyerPhone', key: 'orders.form.phoneInvalid' },
      { field: 'buyerEmail', key: 'orders.form.emailInvalid' },
    ]);
  });

  it('leaves an untouched value alone even when it would not pass the checks', () => {
    // "(022) 555-01" came from the API; the supervisor only changes the city.
    const result = validateEdit('ORD-EDIT-1', initial, edited({ city: 'Cimahi' }));
    expect(result.problems).toEqual([]);
    expect(result.input?.shipping_address).toEqual({ city: 'Cimahi' });
  });

  it("puts the API's 422 reasons on their fields and keeps the others for the note", () => {
    expect(
      apiFieldProblems({
        'shipping_address.phone': ['The phone format is invalid.'],
        'shipping_address.postal_code': ['Must be 5 digits.', 'Unknown postal code.'],
        'customer.email': ['The email must be a valid email address.'],
        'tags.1': ['Too long.'],
        notes: ['Too long.'],
        order_code: ['The order code is locked.'],
      }),
    ).toEqual({
      byField: {
        phone: 'The phone format is invalid.',
        postalCode: 'Must be 5 digits. Unknown postal code.',
        buyerEmail: 'The email must be a valid email address.',
        tags: 'Too long.',
        notes: 'Too long.',
      },
      rest: { order_code: ['The order code is locked.'] },
    });
    expect(apiFieldProblems(undefined)).toEqual({ byField: {}, rest: {} });
  });
});
