// A keyboard-wedge scanner over CDP, shared by the e2e tests and the station benchmark: the code's keys and
// Enter reach the page as one burst, stamped 1 ms apart as the OS stamps a USB scanner's keys. Playwright's
// own typing waits a round trip per key, and on a loaded 2-core box that gap can pass the station's 35 ms
// burst limit, so a real station would (rightly) not take it as a scan. The keys are pipelined over CDP
// with their own times.
import type { CDPSession, Page } from '@playwright/test';

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
