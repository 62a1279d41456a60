// The Pack screen end to end, driven only by key events as a scanner and a keyboard would send them.
import { expect, test, type Page } from '@playwright/test';
import type { RunningSandbox } from '../../src/main/sandbox';
import {
  audit,
  captureJobs,
  control,
  labelBytes,
  packable,
  readJob,
  scan,
  startApi,
  startHost,
  TENANT,
  waitFor,
  type Host,
} from './harness';

let api: RunningSandbox;
let host: Host;
let codes: string[];

test.beforeAll(async () => {
  api = await startApi();
  host = await startHost({ api });
  codes = await packable(api, 'to_process', 12);
});

test.afterAll(async () => {
  await host?.stop();
  await api?.close();
});

async function open(page: Page): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toContainText(/\d/, { timeout: 20_000 });
}

async function newJobSince(before: string[]): Promise<string> {
  return waitFor('a new job at the capture queue', async () =>
    (await captureJobs()).find((j) => !before.includes(j)),
  );
}

test('one scan: the label bytes reach the printer and the order ships', async ({ page }) => {
  await open(page);
  const code = codes[0];
  const before = await captureJobs();
  await scan(page, code);
  await expect(page.getByTestId('headline')).toContainText(code);
  const job = await newJobSince(before);
  const bytes = await readJob(job);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  // The exact label the API serves for this order, byte for byte.
  expect((await labelBytes(api, code)).equals(bytes)).toBe(true);
  await waitFor('shipped in the audit', async () => (await audit(api, code)).some((t) => t.to === 'shipped'));
  expect((await audit(api, code)).map((t) => `${t.from}>${t.to}`)).toEqual([
    'to_process>process',
    'process>packed',
    'packed>shipped',
  ]);
  await expect(page.locator(`[data-code="${code}"]`)).toHaveAttribute('data-state', 'shipped');
  await page.screenshot({ path: 'docs/screenshots/pack-printed.png' });
  expect((await captureJobs()).length).toBe(before.length + 1);
});

test('an error holds the bench: scans are refused until Esc', async ({ page }) => {
  await open(page);
  await scan(page, 'NO-SUCH-ORDER-42');
  const panel = page.getByTestId('error-panel');
  await expect(panel).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/pack-error.png' });
  const before = await captureJobs();
  await scan(page, codes[1]);
  await expect(page.getByTestId('scan-refused')).toBeVisible();
  await expect(page.getByTestId('headline')).not.toContainText(codes[1]);
  expect(await audit(api, codes[1])).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await scan(page, codes[1]);
  await newJobSince(before);
});

test('an open cancellation request stops the order, nothing packed', async ({ page }) => {
  await open(page);
  const code = codes[2];
  await control(api, 'cancel-request', { order_code: code });
  const before = await captureJobs();
  await scan(page, code);
  const stop = page.getByTestId('stop-screen');
  await expect(stop).toBeVisible();
  await expect(page.getByTestId('stop-reason')).toHaveAttribute('data-reason', 'cancel_requested');
  await page.screenshot({ path: 'docs/screenshots/pack-stop.png' });
  expect((await audit(api, code)).filter((t) => t.to === 'packed')).toEqual([]);
  expect(await captureJobs()).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(stop).toBeHidden();
});

test('an order packed by another station first: said so, no label printed', async ({ page }) => {
  await open(page);
  const code = codes[3];
  await control(api, 'move', { order_code: code, to: 'process' });
  await control(api, 'move', { order_code: code, to: 'packed' });
  const before = await captureJobs();
  await scan(page, code);
  await expect(page.getByTestId('stop-screen')).toBeVisible();
  await expect(page.getByTestId('stop-reason')).toHaveAttribute('data-reason', 'packed_elsewhere');
  await page.waitForTimeout(500);
  expect(await captureJobs()).toEqual(before);
  await page.keyboard.press('Escape');
});

test('a new scan before the label printed: that label goes to the tray, not onto the next box', async ({
  page,
}) => {
  await open(page);
  const [first, second] = [codes[4], codes[5]];
  await control(api, 'faults', { latency_ms: 700 });
  const before = await captureJobs();
  await scan(page, first);
  // The first order is packed and its label is being fetched when the next box is scanned.
  await expect(page.locator('[data-step="label"]')).toHaveAttribute('data-state', 'running', {
    timeout: 20_000,
  });
  await scan(page, second);
  const job = await newJobSince(before);
  await control(api, 'faults', { latency_ms: 0 });
  await expect(page.getByTestId('tray-badge')).toContainText('1');
  await page.waitForTimeout(1000);
  const afterSecond = await captureJobs();
  expect(afterSecond.length).toBe(before.length + 1);
  expect((await readJob(job)).length).toBeGreaterThan(0);
  await page.screenshot({ path: 'docs/screenshots/pack-tray.png' });
  // Re-scanning the first order prints its label now, on purpose.
  await scan(page, first);
  await newJobSince(afterSecond);
  await waitFor('first shipped', async () => (await audit(api, first)).some((t) => t.to === 'shipped'));
  await expect(page.getByTestId('tray-badge')).toContainText('0');
});

test('a second scan of a printed order offers a reprint and prints nothing by itself', async ({ page }) => {
  await open(page);
  const code = codes[0];
  const before = await captureJobs();
  await scan(page, code);
  await expect(page.getByTestId('stop-screen')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await captureJobs()).toEqual(before);
  await page.keyboard.press('Escape');
});

test('the API key never reaches the page, storage, handler results or the label origin', async ({ page }) => {
  const code = codes[6];
  await open(page);
  await scan(page, code);
  await waitFor('shipped', async () => (await audit(api, code)).some((t) => t.to === 'shipped'));
  const html = await page.content();
  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  );
  const windowText = await page.evaluate(() => {
    const seen: string[] = [];
    for (const k of Object.keys(window)) {
      try {
        seen.push(k, JSON.stringify((window as unknown as Record<string, unknown>)[k]) ?? '');
      } catch {
        // circular or host objects: their keys are enough
      }
    }
    return seen.join('\n');
  });
  const settings = await page.evaluate(async () => {
    const token = sessionStorage.getItem('station.hostToken') ?? '';
    const res = await fetch('/rpc/settings:get', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{}',
    });
    return res.text();
  });
  for (const text of [html, storage, windowText, settings]) expect(text).not.toContain(TENANT.key);
  const requests = await control<{ path: string; authorization_present: boolean }[]>(api, 'label-requests');
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.every((r) => !r.authorization_present)).toBe(true);
});
