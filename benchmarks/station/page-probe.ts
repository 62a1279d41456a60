// Drives the real renderer with key events and reads what the packer sees, timed inside the page: a
// MutationObserver stamps (performance.now) when the headline shows a new order code, when the print step
// turns done, and when an error or stop holds the bench. Keeps the last 64 stamps so 1,000 scans do not
// grow the heap being measured.
import type { CDPSession, Page } from '@playwright/test';
import { burst } from '../../test/support/scanner-keys';

export interface Stamp {
  kind: 'headline' | 'printDone' | 'alert';
  code: string;
  t: number;
  /** printDone: the step durations shown ("resolve=3,set_process=51,…"); alert: its text. */
  text?: string;
}

/** "resolve=3,label=NaN" → {resolve: 3}: steps without a shown duration are left out. */
export function parseStepTimes(text: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of (text ?? '').split(',')) {
    const [step, value] = part.split('=');
    if (step && Number.isFinite(Number(value))) out[step] = Number(value);
  }
  return out;
}

// Runs in the page (plain JS in a string: the bench's tsconfig has no DOM types).
const PROBE = `(() => {
  if (window.__bench) return;
  const stamps = [];
  let code = '';
  let printed = false;
  let alerted = false;
  // "set_process=12,label=30": each step's duration as the step list shows it.
  const stepTimes = () => [...document.querySelectorAll('[data-step]')]
    .map((li) => li.dataset.step + '=' + parseInt(li.querySelector('.step-time')?.textContent || 'NaN', 10))
    .join(',');
  const push = (s) => { stamps.push(s); if (stamps.length > 64) stamps.splice(0, stamps.length - 64); };
  const look = () => {
    const t = performance.now();
    const now = document.querySelector('.headline-code')?.textContent ?? '';
    if (now !== code) { code = now; printed = false; push({ kind: 'headline', code, t }); }
    const done = document.querySelector('[data-step="print"][data-state="done"]') !== null;
    if (done && !printed) push({ kind: 'printDone', code, t, text: stepTimes() });
    printed = done;
    const alert = document.querySelector('[data-testid="error-panel"], [data-testid="stop-screen"]');
    if (alert && !alerted) push({ kind: 'alert', code, t, text: alert.textContent ?? '' });
    alerted = alert !== null;
  };
  new MutationObserver(look).observe(document.body, {
    subtree: true, childList: true, attributes: true, characterData: true,
  });
  window.__bench = { stamps };
  look();
})()`;

export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

/** Waits for a stamp of `kind` for `code`; an alert on the bench fails the bench run loudly. */
export async function waitStamp(
  page: Page,
  kind: Stamp['kind'],
  code: string,
  timeoutMs = 60_000,
): Promise<Stamp> {
  const handle = await page
    .waitForFunction(
      ([k, c]) => {
        const w = globalThis as unknown as { __bench?: { stamps: Stamp[] } };
        const stamps = w.__bench?.stamps ?? [];
        return (
          stamps.find((s) => s.kind === k && s.code === c) ?? stamps.find((s) => s.kind === 'alert') ?? null
        );
      },
      [kind, code] as const,
      { timeout: timeoutMs, polling: 'raf' },
    )
    .catch(async (err: unknown) => {
      const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw new Error(`waiting for ${kind} of ${code}: ${why}; the page shows: ${await describeBench(page)}`);
    });
  const stamp = (await handle.jsonValue()) as Stamp;
  await handle.dispose();
  if (stamp.kind !== kind) throw new StationAlert(stamp.code, code, stamp.text ?? '');
  return stamp;
}

/** An error panel or stop screen holds the bench; `shown` is the code the station read from the keys. */
export class StationAlert extends Error {
  constructor(
    readonly shown: string,
    readonly scanned: string,
    readonly text: string,
  ) {
    super(`the station stopped on ${shown || scanned} (scanned ${scanned}): ${text.slice(0, 300)}`);
  }
}

/** Esc, as the packer would, then forget the stamps so the old alert does not end the next wait. */
export async function acknowledgeAlert(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page
    .locator('[data-testid="error-panel"], [data-testid="stop-screen"]')
    .first()
    .waitFor({ state: 'hidden', timeout: 10_000 });
  await page.evaluate('window.__bench.stamps.length = 0');
}

/**
 * A keyboard-wedge scanner: the code's keys and Enter pipelined over CDP in one burst, as a USB scanner
 * sends a whole code in a few ms (test/support/scanner-keys.ts). Playwright's per-key typing waits a round trip
 * per key: ~70 ms a scan, and on a loaded 2-core box its gaps pass the station's 35 ms burst limit and
 * split the scan. Returns ms until every key event was dispatched.
 */
export async function typeScan(page: Page, code: string): Promise<number> {
  const started = performance.now();
  await burst(page, code);
  return performance.now() - started;
}

/** Used JS heap in bytes after forced collections (gc() from --expose-gc, then the CDP collector). */
export async function heapAfterGc(page: Page, cdp: CDPSession): Promise<{ cdp: number; perf: number }> {
  for (let i = 0; i < 3; i++) {
    await page.evaluate('gc()');
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const usage = await cdp.send('Runtime.getHeapUsage');
  const perf = (await page.evaluate('performance.memory.usedJSHeapSize')) as number;
  return { cdp: usage.usedSize, perf };
}

/** What the bench shows now (headline, steps, any alert), for an error message when a wait runs out. */
export async function describeBench(page: Page): Promise<string> {
  const text = await page
    .locator('[data-testid="headline"], .steps, [data-testid="error-panel"], [data-testid="stop-screen"]')
    .allInnerTexts()
    .catch(() => []);
  return text.join(' | ').replace(/\s+/g, ' ').slice(0, 600);
}
