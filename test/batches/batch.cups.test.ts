// A wave of 30 through the batch service against the sandbox, printed on the real CUPS capture queue:
// 3 refused by main, 2 whose asynchronous packing fails, 25 packed whose labels come out as ONE job, in the
// supervisor's order, each page the sandbox's own label for that order; each shipped once.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchPrinter } from '../../src/main/batches/compose-batches';
import { openBatchService, type BatchService } from '../../src/main/batches/batch-service';
import { failuresCsv } from '../../src/main/batches/failures-csv';
import type { OrdersClient } from '../../src/main/api/client';
import { createCupsDriver } from '../../src/main/printing/cups-driver';
import type { RunningSandbox } from '../../src/main/sandbox';
import { memoryLogger } from '../hosts/fakes';
import { CAPTURE_DIR, capturedSince, cupsJobNumber, waitForCaptured } from '../crash/capture-jobs';
import { pagesOf } from './pdf-pages';
import { auditSteps, clientFor, makeWave, sandboxLabel, startBatchSandbox, type Wave } from './rig';

let sb: RunningSandbox;
let api: OrdersClient;
let dir: string;
let service: BatchService;
let wave: Wave;
const startedAt = Date.now() - 1000;

beforeAll(async () => {
  sb = await startBatchSandbox();
  api = clientFor(sb);
  dir = await mkdtemp(join(tmpdir(), 'batch-cups-'));
  wave = await makeWave(sb, api, `WAVE${Date.now() % 100000}`);
  service = await openBatchService({
    dir: join(dir, 'batches'),
    api: () => api,
    printer: batchPrinter(createCupsDriver(), () => ({ printer: 'CAPTURE', media: '4x6in' })),
    log: memoryLogger().log,
    onChange: () => undefined,
    confirmTimeoutMs: 3_000,
  });
});

afterAll(async () => {
  await service?.close();
  await api?.close();
  await sb?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a batch of 30', () => {
  it('packs 25, lists 5 with reasons, prints one job of the 25 labels in order and ships each once', async () => {
    const started = await service.start(wave.codes, 'MID_PICKUP');
    await service.idle();
    const view = service.get(started.id);

    expect(view.phase).toBe('done');
    expect(view.counts).toMatchObject({
      total: 30,
      refused: 3,
      packed: 25,
      unknown: 2,
      labels: 25,
      shipped: 25,
    });
    const byCode = new Map(view.orders.map((o) => [o.orderCode, o]));
    expect(byCode.get(wave.fake)?.reason).toMatch(/fake/);
    expect(byCode.get(wave.byMarketplace)?.reason).toMatch(/marketplace/);
    expect(byCode.get(wave.cancelRequested)?.reason).toMatch(/cancellation request.*Wrong size/);
    for (const code of wave.asyncFails) {
      expect(byCode.get(code)).toMatchObject({ state: 'unknown' });
      expect(byCode.get(code)?.reason).toMatch(/Unknown — check.*Courier booking failed/);
      expect(byCode.get(code)?.requestId).toBeTruthy();
    }
    for (const code of wave.packed) expect(byCode.get(code)?.requestId).toBeTruthy();

    // Exactly one job, its pages the packed orders' own labels in the supervisor's order.
    expect(view.job?.orderCodes).toEqual(wave.packed);
    const jobNumber = cupsJobNumber(view.job?.jobId ?? '');
    await waitForCaptured(startedAt, [jobNumber], 20_000);
    const jobs = (await capturedSince(startedAt)).filter((j) => j.title.includes(`batch ${view.id}`));
    expect(jobs.map((j) => j.job)).toEqual([jobNumber]);
    const printed = await pagesOf(await readFile(join(CAPTURE_DIR, `job-${jobNumber}.prn`)));
    expect(printed).toHaveLength(25);
    // Each label is its order's own: no two pages alike, so a swapped or repeated label would show.
    expect(new Set(printed.map((p) => p.content)).size).toBe(25);
    for (const [i, code] of wave.packed.entries()) {
      const [own] = await pagesOf(await sandboxLabel(api, code, dir));
      expect({ code, page: printed[i] }).toEqual({ code, page: own });
    }

    // Each packed order shipped once; the failed ones went no further; the refused were never sent.
    const audit = await auditSteps(sb);
    for (const code of wave.packed)
      expect(audit.get(code)).toEqual(['to_process>process', 'process>packed', 'packed>shipped']);
    for (const code of wave.asyncFails) expect(audit.get(code)).toEqual(['to_process>process']);
    for (const code of [wave.fake, wave.byMarketplace, wave.cancelRequested])
      expect(audit.get(code)).toBeUndefined();

    const csv = failuresCsv(view).csv.trim().split('\r\n');
    expect(csv).toHaveLength(6);
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(
      [wave.fake, wave.asyncFails[0], wave.byMarketplace, wave.cancelRequested, wave.asyncFails[1]].map(
        (c) => `"${c}"`,
      ),
    );
  });
});
