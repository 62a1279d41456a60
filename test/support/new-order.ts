// A new order's input as the API's documentation shows it, with one line, unless a test says otherwise.
import type { CreateOrderInput } from '../../src/shared/orders';

export function newOrderInput(code: string, extra: Partial<CreateOrderInput> = {}): CreateOrderInput {
  return {
    order_code: code,
    payment_method_type: 'NON COD',
    payment_via: 'TRANSFER BANK',
    store_id: '1',
    location_id: '1',
    recipient: { name: 'Mark Smith', phone: '+628292839282', full_address: 'Sariwangi Parongpong Bandung' },
    delivery: {
      logistic: 'ID EXPRESS - iDlite',
      logistic_provider_name: 'ID EXPRESS',
      logistic_service_name: 'iDlite',
    },
    products: [{ name: 'Handuk', sku: 'SKU-001', unit_price: 15000, qty: 1 }],
    ...extra,
  };
}
