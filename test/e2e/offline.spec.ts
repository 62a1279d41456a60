// Offline end to end: the API is cut, five boxes are scanned, the station is killed (-9) and restarted,
// the API comes back. The replay packs the orders with nothing printed; a re-scan prints that order's
// label; the tray prints the rest in order, each after its separator slip; every order ships once.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  audit,
  captureJobs,
  control,
  jobsFor,
  packable,
  scan,
  startApi,
  startHost,
  waitFor,
  type Host,
} from './harness';

async function open(page: Page, host: Host): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
}

test('offline: queued through a crash, replayed when the API is back, printed only on purpose', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const api = await startApi({ seed: 21 });
  const dataDir = await mkdtemp(join(tmpdir(), 'station-offline-'));
  let host = await startHost({ api, dataDir });
  try {
    const codes = await packable(api, 'to_process', 5);
    expect(codes).toHaveLength(5);
    await open(page, host);
    await expect(page.getByTestId('sync-status')).toContainText(/\d/, { timeout: 20_000 });

    await control(api, 'faults', { drop_rate: 1 });
    const before = await captureJobs();
    for (const code of codes) {
      await scan(page, code);
      await expect(page.locator(`[data-code="${code}"]`)).toHaveAttribute('data-state', 'tray', {
        timeout: 20_000,
      });
    }
    await expect(page.getByTestId('outbox-badge')).toHaveAttribute('data-online', 'false');
    await expect(page.getByTestId('tray-badge')).toContainText('5');
    await page.screenshot({ path: 'docs/screenshots/offline-tray.png' });
    expect(await jobsFor(codes, before)).toEqual([]);

    // Power cut: nothing runs on the way down.
    await host.crash();
    host = await startHost({ api, dataDir });
    await open(page, host);
    await expect(page.getByTestId('tray-badge')).toContainText('5');

    await control(api, 'faults', { drop_rate: 0 });
    for (const code of codes) {
      await waitFor(
        `${code} packed`,
        async () => (await audit(api, code)).some((t) => t.to === 'packed'),
        60_000,
      );
    }
    await expect(page.getByTestId('outbox-badge')).toHaveAttribute('data-online', 'true', {
      timeout: 30_000,
    });
    await page.waitForTimeout(1500);
    expect(await jobsFor(codes, before)).toEqual([]);

    // Re-scanning an order prints its label now, on purpose, and it ships.
    for (const code of codes.slice(0, 3)) {
      const jobs = await captureJobs();
      await scan(page, code);
      const printed = await waitFor(`label of ${code}`, async () => {
        const mine = await jobsFor([code], jobs);
        return mine.length > 0 ? mine : null;
      });
      expect(printed.map((p) => p.title)).toEqual([`label ${code}`]);
    }

    // The tray, printed on purpose: the other two, in scan order, each after its separator slip.
    const beforeTray = await captureJobs();
    await scan(page, '%%PS-TRAY');
    const trayJobs = await waitFor('four tray jobs', async () => {
      const mine = await jobsFor(codes, beforeTray);
      return mine.length >= 4 ? mine : null;
    });
    expect(trayJobs.map((j) => j.title)).toEqual([
      expect.stringContaining(`pending: ${codes[3]}`),
      `label ${codes[3]}`,
      expect.stringContaining(`pending: ${codes[4]}`),
      `label ${codes[4]}`,
    ]);

    for (const code of codes) {
      await waitFor(
        `${code} shipped`,
        async () => (await audit(api, code)).some((t) => t.to === 'shipped'),
        60_000,
      );
      expect((await audit(api, code)).map((t) => `${t.from}>${t.to}`)).toEqual([
        'to_process>process',
        'process>packed',
        'packed>shipped',
      ]);
    }
    await page.waitForTimeout(500);
    expect((await jobsFor(codes, before)).length).toBe(3 + 4);
  } finally {
    await host.stop();
    await api.close();
  }
});
