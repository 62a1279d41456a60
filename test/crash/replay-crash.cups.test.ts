// The durable outbox under kill -9, end to end: the REAL station (composeStation, in child processes)
// packs hundreds of orders while the API is cut, then is killed 20 times mid-replay and restarted, and
// finally prints every label. Afterwards, from the outside: every order went to_process → process →
// packed → shipped exactly once, CUPS got exactly one label per order, nothing failed or stopped, and
// every action the station acknowledged as queued was done — none lost to a crash.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import type { OutboxEntryView } from '../../src/shared/outbox/types';
import { cupsJobNumber, waitForCaptured } from './capture-jobs';
import {
  auditByOrder,
  cutApi,
  packableCodes,
  restoreApi,
  startCrashSandbox,
  stationEnv,
} from './crash-sandbox';
import { journalEntries, type LedgerLine } from './done-ledger';
import { readDurableLines, type AckLine } from './durable-lines';
import type { PrintLogLine } from './print-log';
import { runWorker, startWorker } from './worker-process';
import type { FinishSummary } from './worker-modes';

const ORDERS = 500;
const CRASHES = 20;
/** Offline scans per worker process: a few workers in a row, each a fresh start on the same data dir. */
const SCANS_PER_WORKER = 250;
const FULL_PATH = ['to_process>process', 'process>packed', 'packed>shipped'];
const PACKING_KINDS = ['mark_printed', 'set_packed', 'set_process', 'ship'];

/** mulberry32: the same kill delays on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

let sb: RunningSandbox;
let dir: string;
const phases: Record<string, number> = {};
/** Per crash: queued actions at start → at the kill, and how long the worker had been up. */
const crashes: string[] = [];
let foreignJobs = 0;
let passed = false;
let phaseStart = Date.now();
function phase(name: string): void {
  phases[name] = Date.now() - phaseStart;
  phaseStart = Date.now();
}

beforeAll(async () => {
  sb = await startCrashSandbox(1_900, 20_261_127);
  dir = await mkdtemp(join(tmpdir(), 'crash-replay-'));
});

afterAll(async () => {
  await sb?.close();
  // Kept after a failure: the station's logs, journal, acks, ledger and print log say what happened.
  if (dir && passed) await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  else if (dir) console.info(`replay-crash: data kept in ${dir}`);
  console.info(
    `replay-crash phases (ms): ${JSON.stringify(phases)}; other processes' jobs with our codes: ${foreignJobs}` +
      `\ncrashes (queued at start → at kill): ${crashes.join(', ')}`,
  );
});

describe('the outbox through kill -9 during replay', () => {
  it(`${ORDERS} offline scans, ${CRASHES} crashes mid-replay: every order shipped once, one label each, nothing lost`, async () => {
    const testStart = Date.now();
    phaseStart = testStart;
    const env = {
      ...stationEnv(sb),
      CRASH_DATA_DIR: join(dir, 'station'),
      CRASH_LEDGER: join(dir, 'settled.ledger'),
      CRASH_ACKS: join(dir, 'acks'),
      CRASH_FINAL: join(dir, 'final-outbox.json'),
      CRASH_PRINTS: join(dir, 'prints'),
    };
    const codes = await packableCodes(sb, ORDERS);
    await runWorker('sync', [], env, 120_000);
    phase('pick+sync');

    // The API is cut: every scan must queue its steps and leave the label waiting in the tray.
    await cutApi(sb);
    for (let i = 0; i < codes.length; i += SCANS_PER_WORKER) {
      await runWorker('scan-offline', codes.slice(i, i + SCANS_PER_WORKER), env, 180_000);
    }
    const acks = await readDurableLines<AckLine>(env.CRASH_ACKS);
    expect(acks).toHaveLength(2 * ORDERS);
    expect(new Set(acks.map((a) => a.id)).size).toBe(2 * ORDERS);
    phase('scan-offline');

    // Back online: the station replays by itself; kill -9 it at random moments, some right after start.
    await restoreApi(sb);
    const random = prng(0xc0ffee);
    for (let i = 0; i < CRASHES; i++) {
      const worker = startWorker('replay', [], env);
      const ready = await worker.line<{ readyAtMs: number; outbox: { queued: number } }>('ready', 60_000);
      const delay = random() < 0.2 ? Math.floor(random() * 100) : 100 + Math.floor(random() * 1_400);
      await new Promise((r) => setTimeout(r, delay));
      await worker.crash();
      const last = worker.lines<{ queued: number }>('progress').at(-1);
      crashes.push(`${ready.outbox.queued}→${last?.queued ?? '?'} (up ${ready.readyAtMs}+${delay} ms)`);
    }
    phase('crashes');

    const finish = await runWorker('finish', codes, env, 300_000);
    const summary = finish.lines<FinishSummary>('summary')[0];
    phase('finish');

    // 1. The API's audit: each order moved exactly once along the whole path, nothing else.
    const audit = await auditByOrder(sb);
    const wrongPath = codes.filter((c) => (audit.get(c) ?? []).join() !== FULL_PATH.join());
    expect(wrongPath.map((c) => [c, audit.get(c) ?? []])).toEqual([]);

    // 2. Printing. Every job this test's stations submitted — the intent is on disk before `lp` runs, so a
    // print cut short by a kill counts too: one per order, its label (no reprint, no slip, no second label).
    const prints = await readDurableLines<PrintLogLine>(env.CRASH_PRINTS);
    const submitted = prints.filter((p) => p.phase === 'submit').map((p) => p.title);
    expect(submitted.sort()).toEqual(codes.map((c) => `label ${c}`).sort());
    // …and CUPS ran exactly those: each came out of the capture queue since the test began, with that title.
    const accepted = prints.flatMap((p) => (p.phase === 'accepted' ? [p] : []));
    expect(accepted.map((p) => p.jobId).sort()).toEqual(summary.printed.map((p) => p.jobId).sort());
    const captured = await waitForCaptured(
      testStart,
      accepted.map((p) => cupsJobNumber(p.jobId)),
      120_000,
    );
    const titleOf = new Map(captured.map((c) => [c.job, c.title]));
    expect(accepted.filter((p) => titleOf.get(cupsJobNumber(p.jobId)) !== p.title)).toEqual([]);
    // Jobs naming our codes that no station of this test submitted: other tests printing coinciding codes.
    const ours = new Set(accepted.map((p) => cupsJobNumber(p.jobId)));
    const wanted = new Set(codes);
    foreignJobs = captured.filter(
      (c) => !ours.has(c.job) && wanted.has(/ORD\d+/.exec(c.title)?.[0] ?? ''),
    ).length;
    phase('cups');

    // 3. The outbox: everything settled as done; nothing failed, stopped or discarded along the way.
    const final = JSON.parse(await readFile(env.CRASH_FINAL, 'utf8')) as OutboxEntryView[];
    const settled = await readDurableLines<LedgerLine>(env.CRASH_LEDGER);
    expect(
      final.filter((e) => e.state !== 'done').map((e) => [e.orderCode, e.kind, e.state, e.note]),
    ).toEqual([]);
    expect(settled.filter((l) => l.state !== 'done')).toEqual([]);
    expect(summary.byState).toEqual({ done: final.length });
    // The journal file as the last station left it says the same.
    const onDisk = await journalEntries(env.CRASH_DATA_DIR);
    expect(onDisk.filter((e) => e.state !== 'done').map((e) => [e.orderCode, e.kind, e.state])).toEqual([]);

    // 4. Every acknowledged action is done: in the final journal, or seen done before it was trimmed.
    const doneIds = new Set([...settled, ...final, ...onDisk].map((e) => e.id));
    expect(acks.filter((a) => !doneIds.has(a.id))).toEqual([]);
    // …and each order's four writes were journaled once each, never twice.
    const kindsOf = new Map<string, string[]>();
    const byId = new Map<string, { orderCode: string; kind: string }>();
    for (const e of [...settled, ...final]) byId.set(e.id, e);
    for (const e of byId.values()) kindsOf.set(e.orderCode, [...(kindsOf.get(e.orderCode) ?? []), e.kind]);
    const odd = codes.filter((c) => (kindsOf.get(c) ?? []).sort().join() !== PACKING_KINDS.join());
    expect(odd.map((c) => [c, kindsOf.get(c)])).toEqual([]);
    passed = true;
  }, 600_000);
});
