// Labels waiting as a list, by mouse: two boxes packed offline wait in the tray; once the API is back one
// label prints from its row (and ships), the other is discarded by a supervisor (PIN) — it never prints.
import { expect, test, type Page } from '@playwright/test';
import {
  audit,
  captureJobs,
  control,
  hostRpc,
  jobsFor,
  packable,
  scan,
  startApi,
  startHost,
  waitFor,
  type Host,
} from './harness';

const PIN = '582913';

async function unlock(page: Page): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('supervisor-pin').fill(PIN);
  await page.getByTestId('supervisor-pin').press('Enter');
  await expect(page.getByTestId('supervisor-pin')).toHaveCount(0);
  await page.getByTestId('nav-pack').click();
}

test('labels waiting: print one from its row, discard another behind the PIN', async ({ page }) => {
  test.setTimeout(120_000);
  const api = await startApi({ seed: 23 });
  const host: Host = await startHost({ api });
  try {
    const [kept, dropped] = await packable(api, 'to_process', 2);
    if (!kept || !dropped) throw new Error('the sandbox has no two To Process orders');
    await hostRpc(host, 'supervisor:setPin', { pin: PIN });
    await page.goto(host.url);
    await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
    await expect(page.getByTestId('sync-status')).toContainText(/\d/, { timeout: 20_000 });

    await control(api, 'faults', { drop_rate: 1 });
    const before = await captureJobs();
    for (const code of [kept, dropped]) {
      await scan(page, code);
      await expect(page.locator(`[data-tray-code="${code}"]`)).toBeVisible({ timeout: 20_000 });
    }
    await control(api, 'faults', { drop_rate: 0 });
    for (const code of [kept, dropped])
      await waitFor(
        `${code} packed`,
        async () => (await audit(api, code)).some((t) => t.to === 'packed'),
        60_000,
      );
    await expect(page.getByTestId('outbox-badge')).toHaveAttribute('data-online', 'true', {
      timeout: 30_000,
    });

    // Print one from its row: its label, once, and it ships.
    await page.locator(`[data-tray-code="${kept}"]`).getByTestId('tray-print-one').click();
    const printed = await waitFor(`label of ${kept}`, async () => {
      const mine = await jobsFor([kept], before);
      return mine.length > 0 ? mine : null;
    });
    expect(printed.map((j) => j.title)).toEqual([`label ${kept}`]);
    await waitFor(
      `${kept} shipped`,
      async () => (await audit(api, kept)).some((t) => t.to === 'shipped'),
      60_000,
    );

    // Discard the other: a supervisor's decision, with the PIN; it leaves the list and never prints.
    await unlock(page);
    await page.locator(`[data-tray-code="${dropped}"]`).getByTestId('tray-discard').click();
    await page.locator(`[data-tray-code="${dropped}"]`).getByTestId('tray-discard-confirm').click();
    await expect(page.getByTestId('tray-list')).toHaveCount(0);
    await page.waitForTimeout(500);
    expect(await jobsFor([dropped], before)).toEqual([]);
    expect((await audit(api, dropped)).map((t) => t.to)).toEqual(['process', 'packed']);
  } finally {
    await host.stop();
    await api.close();
  }
});
