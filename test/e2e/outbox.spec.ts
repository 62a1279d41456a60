// "Try all again" end to end: boxes packed offline, then replayed by a station whose API key is wrong —
// every step refused (401) and kept for the operator. With the key fixed, one confirmed "Try all" (the
// dialog says how many) sends them, each order's steps in their order, and nothing is sent twice.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { audit, control, packable, scan, startApi, startHost, waitFor, type Host } from './harness';

async function open(page: Page, host: Host): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
}

test('outbox: refused for a wrong API key, then all sent again at once after a confirmation', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const api = await startApi({ seed: 33 });
  const dataDir = await mkdtemp(join(tmpdir(), 'station-outbox-'));
  let host = await startHost({ api, dataDir });
  try {
    const codes = await packable(api, 'to_process', 3);
    expect(codes).toHaveLength(3);
    await open(page, host);
    await expect(page.getByTestId('sync-status')).toContainText(/\d/, { timeout: 20_000 });

    // Packed offline: set-process and set-packed of each order wait on disk.
    await control(api, 'faults', { drop_rate: 1 });
    for (const code of codes) {
      await scan(page, code);
      await expect(page.locator(`[data-code="${code}"]`)).toHaveAttribute('data-state', 'tray', {
        timeout: 20_000,
      });
    }
    await expect(page.getByTestId('outbox-badge')).toHaveAttribute('data-queued', '6');
    await host.stop();

    // The API is back, but the station now runs with a wrong key: each order's first step is refused.
    await control(api, 'faults', { drop_rate: 0 });
    host = await startHost({ api, dataDir, env: { PACKING_API_KEY: 'wrong-key-0123456789abcdef' } });
    await open(page, host);
    await page.getByTestId('outbox-badge').click();
    const table = page.getByTestId('outbox-table');
    await expect(table.locator('tr[data-state="failed"]')).toHaveCount(3, { timeout: 60_000 });
    await expect(table.locator('tr[data-state="queued"]')).toHaveCount(3);
    for (const code of codes) expect(await audit(api, code)).toEqual([]);
    await host.stop();

    // Key fixed: nothing goes by itself, one confirmed "Try all" sends the three and what waits behind.
    host = await startHost({ api, dataDir });
    await open(page, host);
    await page.getByTestId('outbox-badge').click();
    await expect(table.locator('tr[data-state="failed"]')).toHaveCount(3);
    await page.getByRole('button', { name: 'Try all refused steps again (3)' }).click();
    const dialog = page.getByTestId('retry-all-dialog');
    await expect(dialog).toContainText('Steps to send again: 3.');
    await dialog.getByRole('button', { name: 'Send 3 again' }).click();
    await expect(page.getByTestId('outbox-retry-all')).toContainText('Sent to the queue again: 3.');

    for (const code of codes) {
      await waitFor(
        `${code} packed`,
        async () => (await audit(api, code)).some((t) => t.to === 'packed'),
        60_000,
      );
      expect((await audit(api, code)).map((t) => `${t.from}>${t.to}`)).toEqual([
        'to_process>process',
        'process>packed',
      ]);
    }
    await expect(table.locator('tr[data-state="failed"]')).toHaveCount(0);
  } finally {
    await host.stop();
    await api.close();
  }
});
