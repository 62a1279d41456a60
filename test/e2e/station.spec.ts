// The station as a whole: demo mode, the key never leaving main, verification, accessibility.
import AxeBuilder from '@axe-core/playwright';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { RunningSandbox } from '../../src/main/sandbox';
import {
  audit,
  captureJobs,
  packable,
  scan,
  startApi,
  startHost,
  TENANT,
  waitFor,
  type Host,
} from './harness';

test.describe('with a configured API', () => {
  let api: RunningSandbox;
  let host: Host;

  test.beforeAll(async () => {
    api = await startApi({ seed: 11 });
    // Verification required on this bench: the label waits until every item is scanned.
    const dataDir = await mkdtemp(join(tmpdir(), 'station-e2e-'));
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({ settings: { verification: 'required' } }),
    );
    host = await startHost({ api, dataDir });
  });

  test.afterAll(async () => {
    await host?.stop();
    await api?.close();
  });

  test('verification: a wrong item is a loud error, the label waits for every item', async ({ page }) => {
    const [code] = await packable(api, 'to_process', 1);
    const detail = (await (
      await fetch(`${api.apiOrigin}/__sandbox/orders/${code}`, {
        headers: { Authorization: `Bearer ${TENANT.key}`, 'X-Tenant-Id': TENANT.id },
      })
    ).json()) as {
      products?: { sku: string; quantity: number; is_cancel: boolean }[];
      product_info?: { sku: string; quantity: number; is_cancel: boolean }[];
    };
    const lines = (detail.product_info ?? detail.products ?? []).filter((l) => !l.is_cancel);
    expect(lines.length).toBeGreaterThan(0);
    await page.goto(host.url);
    await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
    await expect(page.getByTestId('sync-status')).toContainText(/\d/, { timeout: 20_000 });
    const before = await captureJobs();
    await scan(page, code);
    await expect(page.getByTestId('verify-panel')).toBeVisible();
    await scan(page, 'NOT-IN-THIS-BOX-999');
    await expect(page.getByTestId('error-panel')).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await captureJobs()).toEqual(before);
    for (const line of lines) for (let i = 0; i < line.quantity; i++) await scan(page, line.sku);
    await waitFor('a label job', async () => (await captureJobs()).length > before.length);
    await waitFor('shipped', async () => (await audit(api, code)).some((t) => t.to === 'shipped'));
  });

  test('the Pack screen has no serious or critical accessibility violations', async ({ page }) => {
    await page.goto(host.url);
    await expect(page.getByTestId('sync-status')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

test('demo mode boots on a never-configured station and says DEMO plainly', async ({ page }) => {
  const host = await startHost({ demo: false, env: { PACKING_PRINTER: 'CAPTURE' } });
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('demo-banner')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('demo-badge')).toHaveText(/DEMO/);
    await expect(page.getByTestId('sync-status')).toContainText(/\d/, { timeout: 20_000 });
    await page.screenshot({ path: 'docs/screenshots/demo.png' });
  } finally {
    await host.stop();
  }
});

test('a first-time user packs a demo order with only the keyboard: F2, a code from Ready to pack, Enter', async ({
  page,
}) => {
  const host = await startHost({ demo: false, env: { PACKING_PRINTER: 'CAPTURE' } });
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('demo-banner')).toBeVisible({ timeout: 20_000 });
    const first = page.getByTestId('ready-list').locator('li').first();
    await expect(first).toBeVisible({ timeout: 20_000 });
    const code = (await first.getAttribute('data-ready-code')) ?? '';
    expect(code).not.toBe('');
    const before = await captureJobs();
    await page.keyboard.press('F2');
    await expect(page.getByTestId('manual-code')).toBeFocused();
    // A person typing, not a scanner: slow keys into the focused box.
    await page.keyboard.type(code, { delay: 60 });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('headline')).toContainText(code);
    await waitFor('the demo label at the capture queue', async () =>
      (await captureJobs()).find((j) => !before.includes(j)),
    );
    await expect(page.locator(`[data-testid="recent-lane"] [data-code="${code}"]`)).toHaveAttribute(
      'data-state',
      'shipped',
      { timeout: 20_000 },
    );
    // Packed, it leaves the list of orders waiting.
    await expect(page.locator(`[data-testid="ready-list"] [data-ready-code="${code}"]`)).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
