// Drives the real page with hostile scans at scanner speed, in the page itself: each scan's keys are
// keydown events stamped 2 ms apart (event.timeStamp, which the station's scanner reads), then Enter; the
// next scan starts 100 ms of stamped time later. Dispatching in-page rather than over CDP keeps 10,000
// bursts within a CI minute or two; the scanner code, the scan path and the bridge are the real ones.
// Before each scan the driver presses Esc (as the packer acknowledges an error), so the scan is read, not
// refused; at most `inFlight` bridge calls are pending when a scan starts.
import type { Page } from '@playwright/test';

export interface PageFuzzStats {
  scans: number;
  /** Bridge replies the page received, by `ok:<kind>` / `error:<kind>`. */
  replies: Record<string, number>;
  /** Bridge replies that were not a structured Result (HTTP status or shape). */
  bad: string[];
}

/** Installed before the app loads: counts the page's bridge calls and checks every reply's shape. */
export async function watchBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = { pending: 0, replies: {} as Record<string, number>, bad: [] as string[], t: 0 };
    Reflect.set(window, '__fuzz', state);
    const original = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const rpc = /\/rpc\/([^/?]+)/.exec(url)?.[1];
      if (!rpc) return original(input, init);
      state.pending += 1;
      try {
        const res = await original(input, init);
        const body: unknown = await res
          .clone()
          .json()
          .catch(() => null);
        const b = body as {
          ok?: unknown;
          value?: { kind?: unknown };
          error?: { kind?: unknown; message?: unknown };
        };
        const structured =
          res.status === 200 &&
          b !== null &&
          ((b.ok === true && 'value' in b) ||
            (b.ok === false && typeof b.error?.kind === 'string' && typeof b.error.message === 'string'));
        if (!structured) state.bad.push(`${rpc}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
        const kind = b?.ok ? `ok:${String(b.value?.kind ?? 'value')}` : `error:${String(b?.error?.kind)}`;
        state.replies[`${decodeURIComponent(rpc)} ${kind}`] =
          (state.replies[`${decodeURIComponent(rpc)} ${kind}`] ?? 0) + 1;
        return res;
      } finally {
        state.pending -= 1;
      }
    };
  });
}

/** Runs the scans in the page; returns what the page saw (replies counted since the page loaded). */
export async function scanInPage(
  page: Page,
  codes: string[],
  inFlight = 32,
  scansPerTask = 64,
): Promise<PageFuzzStats> {
  return page.evaluate(
    async ({ list, most, perTask }) => {
      const state = Reflect.get(window, '__fuzz') as {
        pending: number;
        replies: Record<string, number>;
        bad: string[];
        t: number;
      };
      const key = (k: string, at: number): void => {
        const ev = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
        Object.defineProperty(ev, 'timeStamp', { value: at });
        (document.activeElement ?? document.body).dispatchEvent(ev);
      };
      // A macrotask without setTimeout's 4 ms clamp.
      const channel = new MessageChannel();
      const tick = (): Promise<void> =>
        new Promise((r) => {
          channel.port1.onmessage = () => r();
          channel.port2.postMessage(null);
        });
      let n = 0;
      for (const code of list) {
        while (state.pending >= most) await tick();
        // One task: Esc clears what an earlier scan's reply put up, then the scan itself, so no reply can
        // slip in between and hold the bench (a scan is refused while an error shows).
        let t = Math.max(performance.now(), state.t + 100);
        key('Escape', t);
        t += 100;
        for (const ch of Array.from(code)) {
          key(ch, t);
          t += 2;
        }
        key('Enter', t);
        state.t = t;
        // A scanner at full speed: a few scans per task, so the page renders between groups, not each.
        if (++n % perTask === 0) await tick();
      }
      while (state.pending > 0) await tick();
      await new Promise((r) => setTimeout(r, 50));
      key('Escape', (state.t += 100));
      return { scans: list.length, replies: { ...state.replies }, bad: [...state.bad] };
    },
    { list: codes, most: inFlight, perTask: scansPerTask },
  );
}
