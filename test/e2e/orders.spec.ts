// The supervisor's Orders screen end to end: list and filter, detail with tracking, cancel, bulk pack,
// edit.
// On a real API every supervisor action needs the PIN (issue 8): the station gets one, and each page is
// unlocked once on the Settings screen, as a supervisor would.
import { expect, test, type Page } from '@playwright/test';
import type { RunningSandbox } from '../../src/main/sandbox';
import {
  audit,
  control,
  hostRpc,
  ordersIn,
  packable,
  startApi,
  startHost,
  waitFor,
  type Host,
} from './harness';

const PIN = '582913';

let api: RunningSandbox;
let host: Host;
let codes: string[];

test.beforeAll(async () => {
  api = await startApi();
  host = await startHost({ api });
  codes = await packable(api, 'to_process', 6);
  // Setting the first PIN is the one supervisor action open without a PIN.
  await hostRpc(host, 'supervisor:setPin', { pin: PIN });
});

test.afterAll(async () => {
  await host?.stop();
  await api?.close();
});

async function openOrders(page: Page, status: string): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('supervisor-pin').fill(PIN);
  await page.getByTestId('supervisor-pin').press('Enter');
  await expect(page.getByTestId('supervisor-pin')).toHaveCount(0);
  await page.getByTestId('nav-orders').click();
  await page.getByTestId('orders-per-page').selectOption('100');
  await page.getByTestId('orders-status-filter').selectOption(status);
  await expect(page.locator('main.orders[data-loading="false"]')).toBeVisible();
}

test('filters to a status, opens an order and shows its tracking', async ({ page }) => {
  await openOrders(page, 'shipped');
  const rows = page.getByTestId('order-row');
  await expect(rows.first()).toBeVisible();
  const statuses = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(new Set(statuses)).toEqual(new Set(['shipped']));
  await expect(page.getByTestId('orders-total')).toContainText(String(statuses.length));

  // Keyboard: focus the row and press Enter.
  const code = await rows.first().getAttribute('data-code');
  await rows.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('order-detail-code')).toHaveText(code ?? '');
  await expect(page.getByTestId('order-items')).toBeVisible();
  await expect(page.getByTestId('order-tracking')).toBeVisible();
  await expect(page.getByTestId('order-history').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('action-return')).toBeVisible();
  await expect(page.getByTestId('action-complete')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/orders.png' });
});

test('cancels a to_process order with a reason after confirming', async ({ page }) => {
  const code = codes[0];
  await openOrders(page, 'to_process');
  await page.locator(`[data-testid="order-row"][data-code="${code}"]`).click();
  await expect(page.getByTestId('order-detail-code')).toHaveText(code);
  await page.getByTestId('action-cancel').click();
  await page.getByTestId('cancel-by').selectOption('out_of_stock');
  // No reason yet: refused in words, nothing sent.
  await page.getByTestId('action-next').click();
  await expect(page.getByTestId('action-form').getByRole('alert')).toBeVisible();
  await page.getByTestId('action-reason').fill('Last unit was damaged on the shelf');
  await page.getByTestId('action-next').click();
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('orders-ok')).toBeVisible();
  await waitFor('cancelled in the audit', async () =>
    (await audit(api, code)).some((t) => t.to === 'cancelled'),
  );
  expect((await audit(api, code)).map((t) => `${t.from}>${t.to}`)).toEqual(['to_process>cancelled']);
});

test('bulk-packs two to_process orders as a batch and lists each result', async ({ page }) => {
  const picked = codes.slice(1, 3);
  await openOrders(page, 'to_process');
  for (const code of picked) {
    await page.locator(`[data-testid="order-row"][data-code="${code}"]`).getByTestId('order-check').check();
  }
  await page.getByTestId('bulk-pickup').selectOption('EARLY_PICKUP');
  await page.getByTestId('bulk-pack-go').click();
  const results = page.getByTestId('bulk-results').locator('li');
  await expect(results).toHaveCount(2);
  for (const code of picked) {
    await expect(results.filter({ hasText: code })).toHaveAttribute('data-ok', 'true');
    // A batch: confirmed packed, its label printed in the batch's one job, then shipped.
    await waitFor(`${code} shipped in the audit`, async () =>
      (await audit(api, code)).some((t) => t.to === 'shipped'),
    );
    expect((await audit(api, code)).map((t) => `${t.from}>${t.to}`)).toEqual([
      'to_process>process',
      'process>packed',
      'packed>shipped',
    ]);
  }
});

test('creates a manual order after the form is checked, and the list shows it', async ({ page }) => {
  await openOrders(page, 'to_process');
  await page.getByTestId('create-open').click();
  // Nothing filled in: the problems are named before anything is sent.
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('create-problems')).toBeVisible();
  await expect(page.getByTestId('create-orderCode')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#create-orderCode-error')).toBeVisible();

  const code = 'MANUAL-E2E-1';
  const fields: Record<string, string> = {
    orderCode: code,
    storeId: '5',
    locationId: '1',
    name: 'Siti Rahma',
    phone: '+62 812 3456 789',
    address: 'Jl. Merdeka 10',
    city: 'Bandung',
    provider: 'JNE',
    service: 'REG',
    'product-0-sku': 'SKU-E2E',
    'product-0-name': 'Kopi bubuk',
    'product-0-qty': '2',
    'product-0-unitPrice': '12000',
  };
  for (const [field, value] of Object.entries(fields)) await page.getByTestId(`create-${field}`).fill(value);
  await page.getByTestId('create-submit').click();
  await expect(page.getByTestId('create-order').getByTestId('orders-ok')).toBeVisible();
  await expect(page.locator(`[data-testid="order-row"][data-code="${code}"]`)).toBeVisible();
  await page.locator(`[data-testid="order-row"][data-code="${code}"]`).click();
  await expect(page.getByTestId('recipient-name')).toHaveText('Siti Rahma');
});

test('opens a cancellation request, then approves it from the detail', async ({ page }) => {
  const code = codes[3];
  await openOrders(page, 'to_process');
  await page.locator(`[data-testid="order-row"][data-code="${code}"]`).click();
  await page.getByTestId('action-cancel').click();
  await page.getByTestId('cancel-as-request').check();
  await page.getByTestId('action-reason').fill('Buyer phoned to cancel');
  await page.getByTestId('action-next').click();
  await page.getByTestId('action-confirm').click();
  const request = page.getByTestId('cancel-request');
  await expect(request).toContainText('Buyer phoned to cancel');
  expect(await audit(api, code)).toEqual([]);
  await request.getByTestId('orders-approve').click();
  await waitFor('cancelled in the audit', async () =>
    (await audit(api, code)).some((t) => t.to === 'cancelled'),
  );
  await expect(page.getByTestId('order-detail').getByTestId('status-badge').first()).toHaveText('Cancelled');
  await expect(request).toBeHidden();
  await expect(page.getByTestId('order-detail').getByTestId('orders-ok').first()).toBeVisible();
});

test('marks a shipped order completed, then records its return', async ({ page }) => {
  const shipped = await ordersIn(api, 'shipped');
  const code = shipped[shipped.length - 1].order_code;
  await openOrders(page, 'shipped');
  await page.locator(`[data-testid="order-row"][data-code="${code}"]`).click();
  await page.getByTestId('action-complete').click();
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('orders-ok')).toBeVisible();
  await waitFor('completed in the audit', async () =>
    (await audit(api, code)).some((t) => t.to === 'completed'),
  );
  // Completed orders can still be returned; no longer completed again.
  await expect(page.getByTestId('action-complete')).toBeHidden();
  await page.getByTestId('action-return').click();
  await page.getByTestId('return-by').selectOption('damaged');
  await page.getByTestId('action-reason').fill('Box crushed in transit');
  await page.getByTestId('action-next').click();
  await page.getByTestId('action-confirm').click();
  await waitFor('returned in the audit', async () =>
    (await audit(api, code)).some((t) => t.to === 'returned'),
  );
  expect((await audit(api, code)).map((t) => `${t.from}>${t.to}`)).toEqual([
    'shipped>completed',
    'completed>returned',
  ]);
});

test('a cancel whose connection is cut says so in words; the cut came before it applied', async ({
  page,
}) => {
  const code = codes[4];
  await openOrders(page, 'to_process');
  await page.locator(`[data-testid="order-row"][data-code="${code}"]`).click();
  await expect(page.getByTestId('action-cancel')).toBeVisible();
  await control(api, 'faults', { drop_rate: 1 });
  try {
    await page.getByTestId('action-cancel').click();
    await page.getByTestId('action-reason').fill('Out of stock');
    await page.getByTestId('action-next').click();
    await page.getByTestId('action-confirm').click();
    const error = page.getByTestId('order-actions').getByTestId('orders-error');
    await expect(error).toBeVisible({ timeout: 30_000 });
    expect(['offline', 'network', 'timeout']).toContain(await error.getAttribute('data-kind'));
  } finally {
    await control(api, 'faults', { drop_rate: 0 });
  }
  expect(await audit(api, code)).toEqual([]);
});

interface Person {
  name: string | null;
  phone: string | null;
  fullAddress: string | null;
}

test("edits a to_process order's recipient phone and address, and the detail shows them", async ({
  page,
}) => {
  const code = codes[5];
  const before = await control<{ recipient: Person; buyer: Person }>(api, `orders/${code}`);
  await openOrders(page, 'to_process');
  await page.locator(`[data-testid="order-row"][data-code="${code}"]`).click();
  await expect(page.getByTestId('order-detail-code')).toHaveText(code);
  await page.getByTestId('edit-open').click();
  // Prefilled from the detail.
  await expect(page.getByTestId('edit-name')).toHaveValue(before.recipient.name ?? '');
  await expect(page.getByTestId('edit-phone')).toHaveValue(before.recipient.phone ?? '');
  await page.getByTestId('edit-phone').fill('+62 811 2222 333');
  await page.getByTestId('edit-address').fill('Jl. Asia Afrika No. 8');
  await page.getByTestId('edit-save').click();

  await expect(page.getByTestId('order-edit').getByTestId('orders-ok')).toBeVisible();
  await expect(page.getByTestId('recipient-phone')).toHaveText('+62 811 2222 333');
  await expect(page.getByTestId('recipient-address')).toContainText('Jl. Asia Afrika No. 8');
  // Only the two changed fields were sent: the rest of the recipient, the buyer and the status stay.
  const after = await control<{ status: string; recipient: Person; buyer: Person }>(api, `orders/${code}`);
  expect(after.recipient).toEqual({
    ...before.recipient,
    phone: '+62 811 2222 333',
    fullAddress: 'Jl. Asia Afrika No. 8',
  });
  expect(after.buyer).toEqual(before.buyer);
  expect(after.status).toBe('to_process');
  expect(await audit(api, code)).toEqual([]);
});
