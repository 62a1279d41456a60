// The returns bench by keyboard: F4 opens it, a scanned AWB shows the order, key 2 picks "damaged", a note
// and Enter record it (the sandbox returns the order once, the slip reaches CAPTURE); a packed parcel and
// an unknown AWB stop in words; Esc clears; the RETURNS card goes back to packing.
import { expect, test, type Page } from '@playwright/test';
import type { RunningSandbox } from '../../src/main/sandbox';
import { tenantHeaders } from '../support/sandbox';
import { audit, captureJobs, jobsFor, scan, startApi, startHost, TENANT, waitFor } from './harness';

async function withAwb(api: RunningSandbox, status: string): Promise<{ code: string; awb: string }> {
  const res = await fetch(`${api.apiOrigin}/api/partner/v1/orders`, {
    method: 'POST',
    headers: tenantHeaders(TENANT, true),
    body: JSON.stringify({ page: 1, per_page: 100, status, sort_direction: 'desc' }),
  });
  const json = (await res.json()) as {
    data: {
      data: {
        order_code: string;
        tracking_number: string | null;
        fulfill_by_mp: boolean;
        is_fake: boolean;
      }[];
    };
  };
  const o = json.data.data.find((x) => x.tracking_number && !x.fulfill_by_mp && !x.is_fake);
  if (!o?.tracking_number) throw new Error(`no ${status} order with an AWB`);
  return { code: o.order_code, awb: o.tracking_number };
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible();
}

test('returns bench: scan an AWB, reason by number key, note, Enter; refusals in words', async ({ page }) => {
  test.setTimeout(120_000);
  const api = await startApi({ seed: 31 });
  const host = await startHost({ api });
  try {
    const parcel = await withAwb(api, 'shipped');
    const packed = await withAwb(api, 'packed');
    await open(page, host.url);

    await page.keyboard.press('F4');
    await expect(page.getByTestId('returns-screen')).toBeVisible();

    // A packed parcel: it was never shipped, so it cannot come back.
    await scan(page, packed.awb);
    await expect(page.getByTestId('return-refused')).toHaveAttribute('data-refusal', 'wrong_status');
    await expect(page.getByTestId('return-refused')).toContainText(
      `Order ${packed.code} is Packed: only a Shipped or Completed order can be returned.`,
    );
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('return-refused')).toHaveCount(0);

    await scan(page, 'NOAWB-000111');
    await expect(page.getByTestId('return-refused')).toContainText(
      'No order has the AWB or order code “NOAWB-000111”',
    );
    await page.keyboard.press('Escape');

    const before = await captureJobs();
    await scan(page, parcel.awb);
    await expect(page.getByTestId('return-order')).toContainText(parcel.code);
    await expect(page.getByTestId('return-awb')).toHaveText(parcel.awb);
    await expect(page.getByTestId('return-items').locator('li').first()).toBeVisible();
    await page.keyboard.press('2');
    await expect(page.getByTestId('reason-damaged')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('return-note')).toBeFocused();
    // At a person's pace: keys 2 ms apart would be a scanner's burst.
    await page.keyboard.type('Box crushed', { delay: 120 });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('return-saved')).toContainText(parcel.code);
    const row = page.getByTestId('today-return').filter({ hasText: parcel.code });
    await expect(row).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await expect(row).toContainText('Box crushed');

    expect((await audit(api, parcel.code)).map((t) => `${t.from}>${t.to}`)).toEqual(['shipped>returned']);
    const slips = await waitFor('the return slip', async () => {
      const jobs = await jobsFor([parcel.code], before);
      return jobs.length > 0 ? jobs : null;
    });
    expect(slips.map((s) => s.title)).toEqual([`return slip: ${parcel.code}`]);

    // Scanned again: already recorded here, in words.
    await scan(page, parcel.awb);
    await expect(page.getByTestId('return-refused')).toHaveAttribute('data-refusal', 'already_recorded');
    await page.keyboard.press('Escape');

    // The RETURNS card goes back to packing.
    await scan(page, '%%PS-RETURNS');
    await expect(page.getByTestId('manual-code')).toBeVisible();
  } finally {
    await host.stop();
    await api.close();
  }
});
