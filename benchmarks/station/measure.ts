// The four station measurements. Each takes what it needs and returns raw samples; station.ts prints them.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import type { RunningSandbox } from '../../src/main/sandbox';
import type { CaptureWatcher } from './capture';
import {
  acknowledgeAlert,
  describeBench,
  heapAfterGc,
  installProbe,
  parseStepTimes,
  StationAlert,
  type Stamp,
  typeScan,
  waitStamp,
} from './page-probe';
import type { RawScanner } from './raw';
import type { PackableOrder } from '../../test/support/packable';
import { openStation, setLatency, startHost } from './setup';

const run = promisify(execFile);

export interface ScanToLabel {
  station: number[];
  raw: number[];
  typing: number[];
  /** Per station scan, each step's duration as its step list showed it. */
  steps: Record<string, number>[];
  /** Scans read with keys missing (Esc, rescan, timed afresh). */
  garbled: number;
}

/** Until the order's background steps are done, so they never overlap the next sample. */
async function shipped(page: Page): Promise<void> {
  await page.locator('[data-step="ship"][data-state="done"]').waitFor({ state: 'attached', timeout: 60_000 });
}

/**
 * 1. Scan → label bytes at CUPS, station and raw minimum interleaved order by order so both see the same
 *    machine load. Station: from the first key event until the job file lands (typing included). A scan
 *    the loaded machine split (the station rightly refuses a fragment) is acknowledged and scanned again;
 *    only the scan that went through is timed.
 */
export async function scanToLabel(
  page: Page,
  api: RunningSandbox,
  capture: CaptureWatcher,
  raw: RawScanner,
  codes: { station: string[]; raw: PackableOrder[] },
  latencyMs: number,
): Promise<ScanToLabel> {
  await setLatency(api, latencyMs);
  const out: ScanToLabel = { station: [], raw: [], typing: [], steps: [], garbled: 0 };
  for (let i = 0; i < codes.station.length; i++) {
    const code = codes.station[i];
    // A misread prints nothing, so the first job titled with this code is the timed scan's.
    const landed = capture.waitForJob(code);
    for (;;) {
      const started = performance.now();
      const typing = await typeScan(page, code);
      let done: Stamp;
      try {
        done = await waitStamp(page, 'printDone', code);
      } catch (err) {
        if (!(err instanceof StationAlert) || err.shown === code || out.garbled >= codes.station.length)
          throw err;
        out.garbled++;
        await acknowledgeAlert(page);
        continue;
      }
      const at = await landed.catch(async (err: unknown) => {
        throw new Error(
          `${err instanceof Error ? err.message : String(err)}; the page shows: ${await describeBench(page)}`,
        );
      });
      out.typing.push(typing);
      out.station.push(at - started);
      out.steps.push(parseStepTimes(done.text));
      break;
    }
    await shipped(page);
    out.raw.push(await raw.scan(codes.raw[i]));
  }
  await setLatency(api, 0);
  return out;
}

export interface ReadyAfterPrint {
  /** In-page ms from the print step done to the next order's code in the headline. */
  intervals: number[];
  typing: number[];
  /** Scans read with keys missing (Esc, rescan; that link gives no sample). */
  garbled: number;
}

/**
 * 2. A chain of scans at the packer's pace: as soon as an order's print step is done the next code is
 *    typed; the interval ends when the next order's code shows in the headline (the scan was accepted).
 */
export async function readyAfterPrint(
  page: Page,
  api: RunningSandbox,
  codes: string[],
  latencyMs: number,
): Promise<ReadyAfterPrint> {
  await setLatency(api, latencyMs);
  const out: ReadyAfterPrint = { intervals: [], typing: [], garbled: 0 };
  await typeScan(page, codes[0]);
  let done = await waitStamp(page, 'printDone', codes[0]);
  for (const code of codes.slice(1)) {
    const typing = await typeScan(page, code);
    try {
      const accepted = await waitStamp(page, 'headline', code);
      out.intervals.push(accepted.t - done.t);
      out.typing.push(typing);
      done = await waitStamp(page, 'printDone', code);
    } catch (err) {
      if (!(err instanceof StationAlert) || err.shown === code || out.garbled >= codes.length / 2) throw err;
      out.garbled++;
      await acknowledgeAlert(page);
      await typeScan(page, code);
      done = await waitStamp(page, 'printDone', code);
    }
  }
  await shipped(page);
  await setLatency(api, 0);
  return out;
}

export interface ColdStart {
  /** spawn → exit of `tsx -e` printing one line: what node + tsx alone cost before any station code. */
  bareTsx: number[];
  /** spawn → the host's URL line. */
  listening: number[];
  /** spawn → `.app[data-ready="true"]` visible in a fresh browser context. */
  ready: number[];
}

/** 3. Browser host cold start: a new process, fresh data dir, fresh browser context each run. */
export async function coldStart(browser: Browser, api: RunningSandbox, runs: number): Promise<ColdStart> {
  const out: ColdStart = { bareTsx: [], listening: [], ready: [] };
  for (let i = 0; i < runs; i++) {
    const bare = performance.now();
    await run('node_modules/.bin/tsx', ['-e', "console.log('up')"]);
    out.bareTsx.push(performance.now() - bare);
    const context = await browser.newContext();
    const page = await context.newPage();
    const started = performance.now();
    const host = await startHost(api);
    try {
      out.listening.push(performance.now() - started);
      await page.goto(host.url);
      await page.locator('.app[data-ready="true"]').waitFor({ state: 'visible', timeout: 30_000 });
      out.ready.push(performance.now() - started);
    } finally {
      await context.close();
      await host.stop();
    }
  }
  return out;
}

export interface HeapGrowth {
  /** Used JS heap (CDP Runtime.getHeapUsage) after forced GC, bytes. */
  atStart: number;
  at100: number;
  atEnd: number;
  /** performance.memory.usedJSHeapSize at the same moments (coarser, for reference). */
  perf100: number;
  perfEnd: number;
  scans: number;
  /** Scans the station read with keys missing (the page was busy >35 ms between two keys): Esc, rescan. */
  garbled: number;
  seconds: number;
  stoppedEarly: boolean;
}

/**
 * 4. Renderer heap: scan `codes` one after another at the packer's pace (next scan once the print step is
 *    done, every label really printed through CUPS), heap after forced GC at scan 100 and at the last scan.
 *    Stops early (and says so) when the time budget runs out.
 */
export async function heapGrowth(
  page: Page,
  url: string,
  codes: string[],
  budgetMs: number,
): Promise<HeapGrowth> {
  await openStation(page, url);
  await installProbe(page);
  const cdp = await page.context().newCDPSession(page);
  const atStart = (await heapAfterGc(page, cdp)).cdp;
  const started = performance.now();
  let at100 = { cdp: 0, perf: 0 };
  let scans = 0;
  let garbled = 0;
  for (const code of codes) {
    for (;;) {
      await typeScan(page, code);
      try {
        await waitStamp(page, 'printDone', code);
        break;
      } catch (err) {
        // Only a misread code is retried; a real stop on a correctly read order ends the run.
        if (!(err instanceof StationAlert) || err.shown === code || garbled >= codes.length / 4) throw err;
        garbled++;
        await acknowledgeAlert(page);
      }
    }
    // The packer's next box comes after this one is finished (mark-printed, shipped): a settled page.
    await shipped(page);
    scans++;
    if (scans === 100) {
      at100 = await heapAfterGc(page, cdp);
    }
    if (performance.now() - started > budgetMs && scans >= 100) break;
  }
  await shipped(page);
  const end = await heapAfterGc(page, cdp);
  await cdp.detach();
  return {
    atStart,
    at100: at100.cdp,
    atEnd: end.cdp,
    perf100: at100.perf,
    perfEnd: end.perf,
    scans,
    garbled,
    seconds: (performance.now() - started) / 1000,
    stoppedEarly: scans < codes.length,
  };
}
