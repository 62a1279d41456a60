// A keyboard-wedge scanner for the e2e tests: the code's keys and Enter reach the page as one burst,
// stamped 1 ms apart as the OS stamps a USB scanner's keys. Playwright's own typing waits a round trip
// per key, and on a loaded 2-core CI box that gap can pass the station's 35 ms burst limit, so a real
// station would (rightly) not take it as a scan. The keys are pipelined over CDP with their own times,
// and the station's "last read" line confirms it read exactly this code.
import { expect, type CDPSession, type Page } from '@playwright/test';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function keyEvents(code: string): Array<Record<string, unknown>> {
  // Each key carries its own time, 1 ms apart, as the OS stamps a 1 kHz USB scanner's keys: a page busy
  // when they arrive still sees one burst (the station reads event.timeStamp), as with real hardware.
  const start = Date.now() / 1000;
  const at = (k: number) => start + k / 1000;
  const events: Array<Record<string, unknown>> = [];
  [...code].forEach((ch, k) => {
    events.push({ type: 'keyDown', key: ch, text: ch, unmodifiedText: ch, timestamp: at(k) });
    events.push({ type: 'keyUp', key: ch, timestamp: at(k + 0.5) });
  });
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 };
  const end = code.length;
  events.push({ type: 'keyDown', text: '\r', unmodifiedText: '\r', ...enter, timestamp: at(end) });
  events.push({ type: 'keyUp', ...enter, timestamp: at(end + 0.5) });
  return events;
}

/** Sends every key without waiting between them; the browser queues them in order. */
export async function burst(page: Page, code: string): Promise<void> {
  const session = await cdp(page);
  await Promise.all(keyEvents(code).map((e) => session.send('Input.dispatchKeyEvent', e as never)));
}

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
