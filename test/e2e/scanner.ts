// Scans for the e2e tests: the keyboard-wedge burst (test/support/scanner-keys.ts), then a check that the
// station's "last read" line shows exactly this code.
import { expect, type Page } from '@playwright/test';
import { burst } from '../support/scanner-keys';

async function readCount(page: Page): Promise<number | null> {
  const line = page.getByTestId('last-read');
  if ((await line.count()) === 0) return null;
  return Number(await line.getAttribute('data-seq'));
}

/** Scans `code` and waits until the station has read it (the Pack screen's "last read" line). */
export async function scan(page: Page, code: string): Promise<void> {
  const before = await readCount(page);
  for (let attempt = 1; ; attempt++) {
    await burst(page, code);
    // Not on the Pack screen (a modal, another screen): nothing to confirm against.
    if (before === null) return;
    try {
      await expect.poll(() => readCount(page), { timeout: 3_000 }).toBeGreaterThan(before);
      break;
    } catch (err) {
      if (attempt === 2) throw new Error(`The station never read the scan of ${code}: ${String(err)}`);
      // A burst the browser still delivered too slowly; nothing was read, so sending it again is safe.
      console.warn(`scan of ${code} was not read by the station; sending it once more`);
    }
  }
  // Read, and read whole: a split burst would show a fragment here and fail the test loudly.
  await expect(page.getByTestId('last-read')).toHaveText(new RegExp(`${escape(code)}$`));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
