// Malformed API replies end to end: the browser host against the sandbox's malformed mode, the real
// renderer, the CUPS capture queue. An answer that came and cannot be read is not "offline": the alert
// names the step and the request id and holds the bench until Esc; nothing prints; the host stays up.
import { expect, test, type Page } from '@playwright/test';
import type { RunningSandbox } from '../../src/main/sandbox';
import { setMalformed, type MalformedEndpoint, type MalformedShape } from '../support/sandbox';
import {
  audit,
  captureJobs,
  control,
  jobsFor,
  packable,
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
let before: string[];

test.beforeAll(async () => {
  api = await startApi({ seed: 33 });
  host = await startHost({ api });
  codes = await packable(api, 'to_process', 6);
  before = await captureJobs();
});

test.afterAll(async () => {
  // The host answered every case and is still up; nothing of these orders was printed.
  expect(host.process.exitCode).toBeNull();
  expect((await fetch(host.url)).status).toBe(200);
  expect(await jobsFor(codes, before)).toEqual([]);
  await host?.stop();
  await api?.close();
});

async function open(page: Page): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toContainText(/\d/, { timeout: 20_000 });
}

const malformed = (replies: Partial<Record<MalformedEndpoint, MalformedShape | null>>) =>
  setMalformed(api, TENANT, { replies });

/** The alert shows the step's words and a request id; a scan is refused until Esc. */
async function unreadableAlert(page: Page, step: RegExp | string, other: string): Promise<void> {
  const panel = page.getByTestId('error-panel');
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByRole('heading')).toHaveText(step);
  await expect(page.getByTestId('request-id')).toHaveText(/[0-9a-f-]{36}/);
  await scan(page, other);
  await expect(page.getByTestId('scan-refused')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
}

test('an order detail that is an HTML page stops at Find order, even with a cancellation open', async ({
  page,
}) => {
  await open(page);
  const code = codes[0];
  await control(api, 'cancel-request', { order_code: code });
  await malformed({ detail: 'html' });
  await scan(page, code);
  await unreadableAlert(page, 'Find order: the answer could not be read', codes[5]);
  await malformed({ detail: null });
  expect(await audit(api, code)).toEqual([]);
});

test('a shipping-label reply with wrong types stops at the label, not offline', async ({ page }) => {
  await open(page);
  const code = codes[1];
  await malformed({ shipping_label: 'wrong_types' });
  await scan(page, code);
  await unreadableAlert(page, /: the answer could not be read$/, codes[5]);
  await expect(page.getByTestId('outbox-badge')).toHaveAttribute('data-online', 'true');
  await malformed({ shipping_label: null });
  expect((await audit(api, code)).map((t) => t.to)).toEqual(['process', 'packed']);
});

test('an unreadable set-packed answer: the step and request id shown, settled through tracking', async ({
  page,
}) => {
  await open(page);
  const code = codes[2];
  await malformed({ set_packed: 'huge' });
  await scan(page, code);
  await unreadableAlert(page, /: the answer could not be read$/, codes[5]);
  await expect(page.getByTestId('notice')).toContainText(code);
  await malformed({ set_packed: null });
  await waitFor(`${code} settled`, async () => (await audit(api, code)).some((t) => t.to === 'packed'));
  expect((await audit(api, code)).map((t) => t.to)).toEqual(['process', 'packed']);
});

test('a label URL that serves an HTML page is refused in words', async ({ page }) => {
  await open(page);
  const code = codes[3];
  await setMalformed(api, TENANT, { label_file: 'html' });
  await scan(page, code);
  const panel = page.getByTestId('error-panel');
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('error-message')).toContainText('not a PDF');
  await page.keyboard.press('Escape');
  await setMalformed(api, TENANT, { label_file: null });
});
