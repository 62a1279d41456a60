import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, validateDraft, type OrderDraft } from '../../src/renderer/src/orders/create-order-form';

const filled: OrderDraft = {
  ...EMPTY_DRAFT,
  orderCode: ' MAN-001 ',
  payment: 'COD',
  storeId: '12',
  locationId: '3',
  name: 'Siti Rahma',
  phone: '+62 812-3456-789',
  address: 'Jl. Merdeka 10',
  city: 'Bandung',
  province: '',
  postalCode: '40111',
  provider: 'JNE',
  service: 'REG',
  products: [{ sku: 'SKU-1', name: 'Kopi', qty: '2', unitPrice: '12000.50' }],
};

describe('the manual order form', () => {
  it('builds the create body from a complete draft, money kept as typed', () => {
    const { input, problems } = validateDraft(filled);
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      order_code: 'MAN-001',
      payment_method_type: 'COD',
      store_id: 12,
      location_id: 3,
      recipient: { name: 'Siti Rahma', city: 'Bandung', province: null, postal_code: '40111' },
      delivery: { logistic_provider_name: 'JNE', logistic_service_name: 'REG' },
      products: [{ sku: 'SKU-1', name: 'Kopi', qty: 2, unit_price: '12000.50' }],
    });
  });

  it('names every missing field and refuses to build a body', () => {
    const { input, problems } = validateDraft(EMPTY_DRAFT);
    expect(input).toBeNull();
    const fields = problems.map((p) => p.field);
    for (const f of ['orderCode', 'storeId', 'locationId', 'name', 'phone', 'address', 'products.0.sku'])
      expect(fields).toContain(f);
    expect(problems.find((p) => p.field === 'products.0.unitPrice')?.key).toBe('orders.form.price');
  });

  it('refuses a quantity under 1, a bad phone, a non-numeric store and an empty product list', () => {
    const bad = validateDraft({
      ...filled,
      storeId: 'abc',
      phone: 'call me',
      products: [{ ...filled.products[0], qty: '0' }],
    }).problems;
    expect(bad).toEqual(
      expect.arrayContaining([
        { field: 'storeId', key: 'orders.form.wholeNumber' },
        { field: 'phone', key: 'orders.form.phoneInvalid' },
        { field: 'products.0.qty', key: 'orders.form.qtyMin' },
      ]),
    );
    expect(validateDraft({ ...filled, products: [] }).problems).toEqual([
      { field: 'products', key: 'orders.form.noProducts' },
    ]);
  });
});
