// A batch end to end, by mouse and by keyboard: choose To Process orders by courier (all matching), start,
// watch the progress bar and each order's outcome; the fake order is refused with its reason, the packed
// ones come out as ONE label job on the CUPS capture queue and are shipped.
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import type { RunningSandbox } from '../../src/main/sandbox';
import { newOrderInput } from '../support/new-order';
import { tenantHeaders } from '../support/sandbox';
import { audit, control, hostRpc, readJob, startApi, startHost, TENANT, waitFor, type Host } from './harness';
import { captureJobs, jobTitle } from './harness';

// On a real API every supervisor action needs the PIN: the station gets one, and each page is unlocked
// once on the Settings screen, as a supervisor would.
const PIN = '582913';

let api: RunningSandbox;
let host: Host;

test.beforeAll(async () => {
  api = await startApi();
  host = await startHost({ api });
  await hostRpc(host, 'supervisor:setPin', { pin: PIN });
});

test.afterAll(async () => {
  await host?.stop();
  await api?.close();
});

/** Fresh To Process orders of a courier no seeded order has, so the courier filter finds exactly them. */
async function wave(courier: string, n: number): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 1; i <= n; i++) {
    const code = `${courier}-${i}`;
    const input = newOrderInput(code, {
      delivery: {
        logistic: `${courier} - REG`,
        logistic_provider_name: courier,
        logistic_service_name: 'REG',
      },
    });
    const res = await fetch(`${api.apiOrigin}/api/partner/v1/orders/create`, {
      method: 'POST',
      headers: tenantHeaders(TENANT, true),
      body: JSON.stringify(input),
    });
    expect(res.status).toBe(201);
    codes.push(code);
  }
  return codes;
}

async function openBatches(page: Page): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('supervisor-pin').fill(PIN);
  await page.getByTestId('supervisor-pin').press('Enter');
  await expect(page.getByTestId('supervisor-pin')).toHaveCount(0);
  await page.getByTestId('nav-orders').click();
}

async function pagesOf(name: string): Promise<number> {
  return (await PDFDocument.load(await readJob(name))).getPageCount();
}

async function batchJobs(before: string[], batchId: string): Promise<string[]> {
  const fresh = (await captureJobs()).filter((j) => !before.includes(j));
  const out: string[] = [];
  for (const j of fresh) if ((await jobTitle(j)).includes(`batch ${batchId}`)) out.push(j);
  return out;
}

test('by mouse: all matching orders of a courier, the fake one refused, one label job', async ({ page }) => {
  const codes = await wave('BATCHMOUSE', 4);
  await control(api, 'flags', { order_code: codes[1], is_fake: true });
  const before = await captureJobs();
  await openBatches(page);
  await page.getByTestId('batch-open').click();
  await page.getByTestId('batch-find').click();
  await page.getByTestId('batch-courier').selectOption('BATCHMOUSE');
  await page.getByTestId('batch-find').click();
  await expect(page.getByTestId('batch-candidates').locator('li')).toHaveCount(4);
  await page.getByTestId('batch-select-all').click();
  await expect(page.getByTestId('batch-matching')).toContainText('4');
  await page.getByTestId('batch-pickup').selectOption('EARLY_PICKUP');
  await page.getByTestId('batch-start').click();

  const progress = page.getByTestId('batch-progress');
  await expect(progress).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  const results = page.getByTestId('batch-results').locator('li');
  await expect(results).toHaveCount(4);
  await expect(results.filter({ hasText: codes[1] })).toHaveAttribute('data-state', 'refused');
  await expect(results.filter({ hasText: codes[1] })).toContainText('fake');
  for (const code of [codes[0], codes[2], codes[3]]) {
    await expect(results.filter({ hasText: code })).toHaveAttribute('data-state', 'packed');
    await expect(results.filter({ hasText: code }).locator('.request-id')).not.toBeEmpty();
  }
  await expect(page.getByTestId('batch-job')).toContainText('3');
  await page.getByTestId('batch-panel').screenshot({ path: 'docs/screenshots/batch.png' });

  const batchId = (await progress.getAttribute('data-batch')) ?? '';
  const jobs = await waitFor('the batch job captured', async () => {
    const found = await batchJobs(before, batchId);
    return found.length ? found : null;
  });
  expect(jobs).toHaveLength(1);
  expect(await pagesOf(jobs[0])).toBe(3);
  for (const code of [codes[0], codes[2], codes[3]]) {
    expect((await audit(api, code)).map((t) => `${t.from}>${t.to}`)).toEqual([
      'to_process>process',
      'process>packed',
      'packed>shipped',
    ]);
  }
  expect(await audit(api, codes[1])).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByTestId('batch-csv').click();
  expect((await download).suggestedFilename()).toContain(batchId);
});

test('by keyboard: tick two orders, start, and the batch finishes with one job', async ({ page }) => {
  const codes = await wave('BATCHKEYS', 3);
  const before = await captureJobs();
  await openBatches(page);
  await page.getByTestId('batch-open').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('batch-find').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('batch-courier').focus();
  await page.getByTestId('batch-courier').selectOption('BATCHKEYS');
  await page.getByTestId('batch-find').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('batch-candidates').locator('li')).toHaveCount(3);
  for (const code of [codes[0], codes[2]]) {
    await page.locator(`input[data-code="${code}"]`).focus();
    await page.keyboard.press('Space');
  }
  await page.getByTestId('batch-start').focus();
  await page.keyboard.press('Enter');

  const progress = page.getByTestId('batch-progress');
  await expect(progress).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  const results = page.getByTestId('batch-results').locator('li');
  await expect(results).toHaveCount(2);
  await expect(results.filter({ hasText: codes[0] })).toHaveAttribute('data-state', 'packed');
  await expect(results.filter({ hasText: codes[2] })).toHaveAttribute('data-state', 'packed');
  const batchId = (await progress.getAttribute('data-batch')) ?? '';
  const jobs = await waitFor('the batch job captured', async () => {
    const found = await batchJobs(before, batchId);
    return found.length ? found : null;
  });
  expect(jobs).toHaveLength(1);
  expect(await pagesOf(jobs[0])).toBe(2);
  expect(await audit(api, codes[1])).toEqual([]);
});
