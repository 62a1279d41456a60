// @vitest-environment jsdom
// The edit-order view with a stand-in for main: what it offers per status, what it sends, how it shows
// the API's 422 reasons, an unreachable API and a lost answer, and that a save reloads the detail.
import { createElement } from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ErrorInfo } from '../../src/shared/errors';
import { orderDetailSchema, type OrderDetail } from '../../src/shared/orders/schemas';
import { appActions } from '../../src/renderer/src/app/app-store';
import { initI18n } from '../../src/renderer/src/i18n';
import { EditOrder } from '../../src/renderer/src/orders/EditOrder';
import { ordersSnapshot } from '../../src/renderer/src/orders/orders-store';

const update = vi.hoisted(() => vi.fn());
vi.mock('../../src/renderer/src/app/station', () => ({ station: { orders: { update } } }));

function detail(status: string): OrderDetail {
  return orderDetailSchema.parse({
    order_id: 7,
    order_code: 'ORD-VIEW-1',
    internal_status: status,
    shipping_info: {},
    recipient_info: { name: 'Siti', phone: '+62 811 000 111', full_address: 'Jl. Lama 1', city: 'Bandung' },
    buyer_info: { name: 'Budi', phone: null, email: null },
    product_info: [],
    price_info: {
      sub_total: '1',
      shipping_price: '0',
      total_discount: '0',
      tax: '0',
      cod_price: '0',
      grand_total: '1',
    },
    created_at: '2025-09-20T01:27:06.000000Z',
    updated_at: '2025-09-20T01:27:06.000000Z',
  });
}

const failure = (error: Partial<ErrorInfo>) => ({
  ok: false,
  error: {
    kind: 'validation',
    message: 'x',
    retryable: false,
    requestId: 'req-9',
    httpStatus: 422,
    ...error,
  },
});

function openForm(status = 'To Process'): void {
  render(createElement(EditOrder, { detail: detail(status) }));
  fireEvent.click(screen.getByTestId('edit-open'));
}

const type = (field: string, value: string): void => {
  fireEvent.change(screen.getByTestId(`edit-${field}`), { target: { value } });
};
const save = (): void => {
  fireEvent.click(screen.getByTestId('edit-save'));
};

beforeAll(() => {
  initI18n({ language: 'en' });
});
beforeEach(() => {
  update.mockReset();
  appActions.setSupervisor('sup-token', new Date(Date.now() + 600_000).toISOString());
});
afterEach(() => cleanup());

describe('editing an order from its detail', () => {
  it('is not offered for a packed order, and says why', () => {
    render(createElement(EditOrder, { detail: detail('Packed') }));
    const button = screen.getByTestId('edit-open');
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe('edit-why');
    expect(screen.getByTestId('edit-why').textContent).toBe(
      'Only orders that are Pending, To Process, or In Process can be edited. This order is Packed.',
    );
  });

  it('prefills from the detail, sends only the changes with the PIN token, and reloads the detail', async () => {
    update.mockResolvedValueOnce({
      ok: true,
      value: { message: 'Success Update Order', requestId: 'req-1' },
    });
    const reloads = ordersSnapshot().reloads;
    openForm();
    expect((screen.getByTestId('edit-name') as HTMLInputElement).value).toBe('Siti');
    expect((screen.getByTestId('edit-address') as HTMLInputElement).value).toBe('Jl. Lama 1');
    type('phone', '+62 822 333 444');
    type('address', 'Jl. Baru 2');
    save();
    await screen.findByTestId('orders-ok');
    expect(update).toHaveBeenCalledTimes(1);
    expect(JSON.parse(JSON.stringify(update.mock.calls[0][0]))).toEqual({
      input: {
        order_code: 'ORD-VIEW-1',
        shipping_address: { phone: '+62 822 333 444', address: 'Jl. Baru 2' },
      },
      supervisorToken: 'sup-token',
    });
    expect(screen.queryByTestId('edit-form')).toBeNull();
    expect(screen.getByTestId('orders-ok').textContent).toContain('req-1');
    expect(ordersSnapshot().reloads).toBe(reloads + 1);
  });

  it('names local problems next to their fields and sends nothing', () => {
    openForm();
    type('name', '');
    type('buyerEmail', 'budi@');
    save();
    expect(screen.getByTestId('edit-name').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('edit-name-error')?.textContent).toBe('Fill this in.');
    expect(document.getElementById('edit-buyerEmail-error')?.textContent).toBe(
      'An email address like name@example.com.',
    );
    expect(screen.getByTestId('edit-problems').textContent).toBe('Fix the fields marked: 2');
    expect(update).not.toHaveBeenCalled();
  });

  it('sends nothing when nothing changed, and says so', () => {
    openForm();
    save();
    expect(screen.getByTestId('edit-unchanged').textContent).toBe(
      'Nothing was changed, so nothing was sent.',
    );
    expect(update).not.toHaveBeenCalled();
  });

  it("shows the API's 422 reasons next to their fields, the rest above the buttons", async () => {
    update.mockResolvedValueOnce(
      failure({
        fieldErrors: {
          'shipping_address.phone': ['The phone format is invalid.'],
          order_code: ['The order code is locked.'],
        },
      }),
    );
    openForm();
    type('phone', '+62 999');
    save();
    await waitFor(() =>
      expect(document.getElementById('edit-phone-error')?.textContent).toBe('The phone format is invalid.'),
    );
    expect(screen.getByTestId('edit-phone').getAttribute('aria-invalid')).toBe('true');
    const note = screen.getByTestId('orders-error');
    expect(note.textContent).toContain('refused some of the values');
    expect(note.textContent).toContain('order_code: The order code is locked.');
    expect(note.textContent).not.toContain('shipping_address.phone');
    expect(note.textContent).toContain('req-9');
    // The form stays with what was typed, ready to correct.
    expect((screen.getByTestId('edit-phone') as HTMLInputElement).value).toBe('+62 999');
  });

  it('says plainly that nothing was sent when the API cannot be reached', async () => {
    update.mockResolvedValueOnce(failure({ kind: 'offline', httpStatus: null, requestId: null }));
    openForm();
    type('city', 'Cimahi');
    save();
    const note = await screen.findByTestId('orders-error');
    expect(note.getAttribute('data-kind')).toBe('offline');
    expect(note.textContent).toContain(
      'This needs the Orders API online. Nothing was sent and nothing changed.',
    );
  });

  it('says the outcome is unknown when no answer came, and to check the order first', async () => {
    update.mockResolvedValueOnce(failure({ kind: 'timeout', httpStatus: null, requestId: null }));
    openForm();
    type('city', 'Cimahi');
    save();
    const note = await screen.findByTestId('orders-error');
    expect(note.textContent).toContain('the outcome is unknown');
    expect(note.textContent).toContain('Check the order');
    expect(note.textContent).not.toContain('Nothing was sent');
  });

  it("keeps a refusal's own words (409)", async () => {
    update.mockResolvedValueOnce(
      failure({
        kind: 'conflict',
        httpStatus: 409,
        message: 'Order ORD-VIEW-1 is not in a status that allows this step.',
      }),
    );
    openForm();
    type('city', 'Cimahi');
    save();
    const note = await screen.findByTestId('orders-error');
    expect(note.textContent).toContain('Order ORD-VIEW-1 is not in a status that allows this step.');
  });
});
