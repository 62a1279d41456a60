// Bahasa Indonesia end to end: main words its errors in English for logs and support, and gives each a
// message key; a station set to Indonesian says the specific words in Indonesian — an unknown code
// and a paused printer here, the two a packer meets most — and the English stays out of the panel.
// Times read the Indonesian way too.
import { expect, test, type Page } from '@playwright/test';
import type { PinCheck } from '../../src/shared/app';
import type { RunningSandbox } from '../../src/main/sandbox';
import { audit, captureJobs, hostRpc, packable, scan, startApi, startHost, type Host } from './harness';

const PIN = '604218';

let api: RunningSandbox;
let host: Host;
let codes: string[];
let token = '';

async function settings(patch: Record<string, unknown>): Promise<void> {
  await hostRpc(host, 'settings:update', { patch, supervisorToken: token });
}

test.beforeAll(async () => {
  api = await startApi({ seed: 23 });
  // The bench's label printer is the paused queue (PACKING_PRINTER, as a deployment would set it).
  host = await startHost({ api, env: { PACKING_PRINTER: 'PAUSED' } });
  codes = await packable(api, 'to_process', 1);
  await hostRpc(host, 'supervisor:setPin', { pin: PIN });
  const check = await hostRpc<PinCheck>(host, 'supervisor:verifyPin', { pin: PIN });
  if (!check.valid) throw new Error(`PIN refused: ${check.reason}`);
  token = check.token;
  await settings({ language: 'id' });
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

test("main's errors read in Bahasa Indonesia: an unknown code, a paused printer", async ({ page }) => {
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  // Times in the Indonesian way (14.35), not the browser's English 02:35 PM.
  await expect(page.getByTestId('sync-status')).toContainText(/diperbarui \d{2}\.\d{2} /);

  await scan(page, 'NO-SUCH-ORDER-42');
  const message = page.getByTestId('error-message');
  await expect(message).toContainText('NO-SUCH-ORDER-42');
  await expect(message).toContainText('tidak dikenal');
  await expect(message).not.toContainText('is not known');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('error-panel')).toBeHidden();

  // The label printer is paused: the order is packed, its label is held back, the words are Indonesian.
  const before = await captureJobs();
  await scan(page, codes[0]);
  await expect(message).toContainText('PAUSED');
  await expect(message).toContainText('dijeda');
  await expect(message).not.toContainText('is paused');
  expect((await audit(api, codes[0])).map((t) => t.to)).toContain('packed');
  expect(await captureJobs()).toEqual(before);
  await page.screenshot({ path: 'docs/screenshots/pack-error-id.png' });
});
