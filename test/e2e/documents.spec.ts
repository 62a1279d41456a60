// Documents end to end: packing slips with every label and on demand (the document printer is the
// DOCUMENTS capture queue, labels stay on CAPTURE), the courier handover at the dock (mouse and keyboard,
// stray and missing boxes called out, the manifest's barcodes decoded, the closed handover kept across a
// restart), and an AWB scanned on the Pack screen finding its order.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { RunningSandbox } from '../../src/main/sandbox';
import { DOCUMENTS_QUEUE, documentBytes, documentTitled, lastJobNumber } from '../documents/document-queue';
import { decodePdfBarcodes } from '../documents/pdf-barcodes';
import { newOrderInput } from '../support/new-order';
import { tenantHeaders } from '../support/sandbox';
import { scan, startApi, startHost, TENANT, waitFor, type Host } from './harness';

const RUN = Date.now().toString(36).toUpperCase();
const COURIER = `E2E DOCK ${RUN}`;
const codes = [1, 2].map((i) => `E2EDOC-${RUN}-${i}`);

let api: RunningSandbox;
let host: Host;
let dataDir: string;

async function apiCall<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${api.apiOrigin}/api/partner/v1/orders${path}`, {
    method: 'POST',
    headers: tenantHeaders(TENANT, true),
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: T }).data;
}

const awbOf = async (code: string): Promise<string> =>
  (await apiCall<{ tracking_number: string }>('/tracking', { order_code: code })).tracking_number;

async function open(page: Page): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toContainText(/\d/, { timeout: 20_000 });
}

test.beforeAll(async () => {
  api = await startApi({ seed: 5 });
  for (const code of codes)
    await apiCall(
      '/create',
      newOrderInput(code, { delivery: { logistic: COURIER, logistic_carrier: COURIER } }),
    );
  dataDir = await mkdtemp(join(tmpdir(), 'station-e2e-docs-'));
  await writeFile(
    join(dataDir, 'settings.json'),
    JSON.stringify({
      settings: { documentPrinter: DOCUMENTS_QUEUE, documentMedia: 'A6', packingSlips: 'with_label' },
    }),
  );
  host = await startHost({ api, dataDir });
});

test.afterAll(async () => {
  await host?.stop();
  await api?.close();
});

test('slips: each scanned label brings its slip on the document printer; one more on demand by mouse', async ({
  page,
}) => {
  await open(page);
  const before = await lastJobNumber();
  for (const code of codes) {
    await scan(page, code);
    await expect(page.getByTestId('headline')).toContainText(code);
    const slip = await documentTitled(`slip-${code}`, before);
    expect(await decodePdfBarcodes(slip.bytes)).toEqual([code]);
  }
  const again = await lastJobNumber();
  await page.getByTestId('print-slip').click();
  await expect(page.getByTestId('slip-message')).toContainText(codes[1]);
  await documentTitled(`slip-${codes[1]}`, again);
  await waitFor('both shipped', async () => {
    const states = await Promise.all(
      codes.map((c) => apiCall<{ order_status: string }>('/tracking', { order_code: c })),
    );
    return states.every((s) => s.order_status === 'Shipped');
  });
});

test('handover at the dock: stray and missing boxes called out, manifest printed, closed, kept after a restart', async ({
  page,
}) => {
  await open(page);
  const awbs = await Promise.all(codes.map(awbOf));
  // Keyboard: to the handover screen.
  await page.getByTestId('nav-handover').focus();
  await page.keyboard.press('Enter');
  const group = page.getByTestId('handover-group').filter({ hasText: COURIER });
  await expect(group).toContainText('LATE_PICKUP');
  // Mouse: open it.
  await group.getByRole('button').click();
  await expect(page.getByTestId('dock-title')).toContainText(COURIER);

  // Keyboard at the dock: a box that is not on the list, then the first box by its AWB.
  const box = page.getByTestId('dock-scan');
  await box.focus();
  await page.keyboard.type('STRAY-BOX-9');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dock-unexpected')).toContainText('STRAY-BOX-9');
  await page.keyboard.type(awbs[0]);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('dock-count')).toContainText('1');
  await expect(page.getByTestId('dock-missing')).toContainText(codes[1]);

  // Mouse: print the list for both signatures; its barcodes are the two AWBs.
  await page.getByTestId('dock-print').click();
  const printed = page.getByTestId('handover-message');
  await expect(printed).toContainText(/DOCUMENTS-\d+/);
  const jobId = /DOCUMENTS-\d+/.exec((await printed.textContent()) ?? '')?.[0] ?? '';
  expect((await decodePdfBarcodes(await documentBytes(jobId))).sort()).toEqual([...awbs].sort());

  // Close with a box missing: asked once more, then recorded.
  await page.getByTestId('dock-close').click();
  await expect(page.getByTestId('dock-confirm')).toBeVisible();
  await page.getByTestId('dock-close').click();
  await expect(page.getByTestId('handover-message')).toContainText(COURIER);
  await expect(page.getByTestId('handover-record').filter({ hasText: COURIER })).toHaveCount(1);

  // A restart keeps it: same data dir, new station process.
  await host.stop();
  host = await startHost({ api, dataDir });
  await open(page);
  await page.getByTestId('nav-handover').click();
  const record = page.getByTestId('handover-record').filter({ hasText: COURIER });
  await expect(record).toHaveCount(1);
  await expect(page.getByTestId('handover-group').filter({ hasText: COURIER })).toHaveCount(0);
  await record.getByRole('button').first().click();
  const reprinted = page.getByTestId('handover-message');
  await expect(reprinted).toContainText(/DOCUMENTS-\d+/);
  const reprintId = /DOCUMENTS-\d+/.exec((await reprinted.textContent()) ?? '')?.[0] ?? '';
  expect((await decodePdfBarcodes(await documentBytes(reprintId))).sort()).toEqual([...awbs].sort());
});

test('find anything: an AWB scanned on the Pack screen finds its order; the Find screen finds it by AWB', async ({
  page,
}) => {
  await open(page);
  const awb = await awbOf(codes[0]);
  await scan(page, awb);
  await expect(page.getByTestId('headline')).toContainText(codes[0]);
  await expect(page.getByText(`AWB ${awb}`)).toBeVisible();
  // It is shipped already: the bench stops on it (nothing to pack) until acknowledged.
  await expect(page.getByTestId('stop-screen')).toContainText(codes[0]);
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-search').click();
  await page.getByTestId('search-input').fill(awb);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('search-hit')).toHaveCount(1);
  await expect(page.getByTestId('search-hit')).toContainText(codes[0]);
});
