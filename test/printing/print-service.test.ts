import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrinterError } from '../../src/main/printing/errors';
import { readFirstPageSize } from '../../src/main/printing/pdf-page';
import { createPrintService, type PrintServiceClock } from '../../src/main/printing/print-service';
import type { JobState, PrintRequest, PrinterDriver } from '../../src/main/printing/types';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'print-service-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

/** A clock that only moves when the service sleeps. */
function fakeClock(start = Date.UTC(2026, 10, 27, 9, 30)): PrintServiceClock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

function fakeDriver(states: (JobState | Error)[] = []) {
  const submitted: PrintRequest[] = [];
  const driver: PrinterDriver = {
    platform: 'cups',
    listPrinters: async () => [{ name: 'CAPTURE', isDefault: true, state: 'idle' }],
    defaultPrinter: async () => 'CAPTURE',
    submit: async (req) => {
      submitted.push(req);
      return { jobId: `CAPTURE-${submitted.length}`, printer: req.printer };
    },
    jobState: async () => {
      const next = states.length > 1 ? states.shift()! : states[0];
      if (next instanceof Error) throw next;
      return next;
    },
  };
  return { driver, submitted };
}

async function labelFile(name: string, width: number, height: number): Promise<string> {
  const doc = await PDFDocument.create();
  doc.addPage([width, height]);
  const file = join(root, name);
  await writeFile(file, await doc.save());
  return file;
}

describe('printLabel', () => {
  it('keeps a copy for reprint and submits that copy at true size', async () => {
    const { driver, submitted } = fakeDriver();
    const service = createPrintService({ driver, labelsDir: join(root, 'labels') });
    const file = await labelFile('dl.pdf', 288, 432);
    const result = await service.printLabel({ orderCode: 'ORD1', file, printer: 'CAPTURE', media: '4x6in' });
    expect(result.warning).toBeUndefined();
    expect(result.job).toEqual({ jobId: 'CAPTURE-1', printer: 'CAPTURE' });
    expect(result.file).toBe(join(root, 'labels', 'ORD1.pdf'));
    expect(submitted).toEqual([
      {
        file: result.file,
        printer: 'CAPTURE',
        media: '4x6in',
        fitToPage: false,
        title: 'label ORD1',
        copies: 1,
      },
    ]);
    expect(await readFile(result.file)).toEqual(await readFile(file));

    const again = await service.reprint('ORD1', { printer: 'CAPTURE', media: '4x6in' });
    expect(submitted[1]).toMatchObject({ file: result.file, title: 'label ORD1 (reprint)' });
    expect(again.job.jobId).toBe('CAPTURE-2');
  });

  it('prints an A4 label on 4×6 media but returns a warning', async () => {
    const { driver, submitted } = fakeDriver();
    const service = createPrintService({ driver, labelsDir: join(root, 'labels') });
    const file = await labelFile('a4.pdf', 595.28, 841.89);
    const result = await service.printLabel({ orderCode: 'ORD2', file, printer: 'CAPTURE', media: '4x6in' });
    expect(result.warning).toMatchObject({ expected: { w: 288, h: 432 }, actual: { w: 595.28, h: 841.89 } });
    expect(submitted).toHaveLength(1);
  });

  it('refuses a file that is not a PDF, before the printer sees it', async () => {
    const { driver, submitted } = fakeDriver();
    const service = createPrintService({ driver, labelsDir: join(root, 'labels') });
    const file = join(root, 'error.html');
    await writeFile(file, '<html>502 Bad Gateway</html>');
    const error = await service
      .printLabel({ orderCode: 'ORD3', file, printer: 'CAPTURE', media: 'A6' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error.toInfo()).toMatchObject({ kind: 'label', step: 'print' });
    expect(error.message).toBe(
      'The label for ORD3 is not a PDF, so it was not printed — fetch the label again.',
    );
    expect(submitted).toEqual([]);
    expect(await service.labels.has('ORD3')).toBe(false);
  });

  it('refuses a 10-page "label" in words: nothing sent to the printer, nothing kept', async () => {
    const { driver, submitted } = fakeDriver();
    const service = createPrintService({ driver, labelsDir: join(root, 'labels') });
    const doc = await PDFDocument.create();
    for (let i = 0; i < 10; i++) doc.addPage([288, 432]);
    const file = join(root, 'ten.pdf');
    await writeFile(file, await doc.save());
    const error = await service
      .printLabel({ orderCode: 'ORD10', file, printer: 'CAPTURE', media: '4x6in' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({ code: 'too_many_pages', kind: 'label' });
    expect((error as PrinterError).message).toBe(
      'The label PDF has 10 pages; a label has at most 2. Nothing was printed — check the label with the ' +
        'marketplace or the carrier.',
    );
    expect((error as PrinterError).toInfo()).toMatchObject({ kind: 'label', step: 'print' });
    expect(submitted).toEqual([]);
    expect(await service.labels.has('ORD10')).toBe(false);
  });

  it('checks each page of a 2-page label and prints both: the A4 second page is named', async () => {
    const { driver, submitted } = fakeDriver();
    const service = createPrintService({ driver, labelsDir: join(root, 'labels') });
    const doc = await PDFDocument.create();
    doc.addPage([288, 432]);
    doc.addPage([595.28, 841.89]);
    const file = join(root, 'two.pdf');
    await writeFile(file, await doc.save());
    const result = await service.printLabel({ orderCode: 'ORD22', file, printer: 'CAPTURE', media: '4x6in' });
    expect(result.pages).toBe(2);
    expect(result.warning?.message).toMatch(/^Page 2 of 2 of this label is A4/);
    expect(submitted).toHaveLength(1);
    expect(await readFile(submitted[0].file)).toEqual(await readFile(file));
  });

  it('a malformed PDF is an error in words, nothing printed, and the next label prints', async () => {
    const { driver, submitted } = fakeDriver();
    const service = createPrintService({ driver, labelsDir: join(root, 'labels') });
    const file = join(root, 'broken.pdf');
    await writeFile(file, '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage');
    const error = await service
      .printLabel({ orderCode: 'ORDX', file, printer: 'CAPTURE', media: '4x6in' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect(error).toMatchObject({ code: 'unreadable_pdf', kind: 'label' });
    expect((error as PrinterError).message).toMatch(
      /^The label PDF cannot be read \(.+\)\. Nothing was printed — fetch the label again\.$/,
    );
    expect(submitted).toEqual([]);
    const next = await labelFile('next.pdf', 288, 432);
    await service.printLabel({ orderCode: 'ORDY', file: next, printer: 'CAPTURE', media: '4x6in' });
    expect(submitted).toHaveLength(1);
  });

  it('prints the kept copy as it is (not written again), and lets the driver check the printer ahead', async () => {
    const { driver, submitted } = fakeDriver();
    const prepared: string[] = [];
    driver.prepare = (printer) => prepared.push(printer);
    const service = createPrintService({ driver, labelsDir: join(root, 'labels') });
    const kept = await service.labels.adopt('ORD4', await labelFile('dl4.pdf', 288, 432));
    const before = await stat(kept);
    service.prepare({ printer: 'CAPTURE' });
    const result = await service.printLabel({
      orderCode: 'ORD4',
      file: kept,
      printer: 'CAPTURE',
      media: '4x6in',
    });
    expect(prepared).toEqual(['CAPTURE']);
    expect(result.file).toBe(kept);
    expect(submitted.map((r) => r.file)).toEqual([kept]);
    expect((await stat(kept)).ino).toBe(before.ino);
  });

  it('reprint without a saved label says so', async () => {
    const service = createPrintService({ driver: fakeDriver().driver, labelsDir: join(root, 'labels') });
    await expect(service.reprint('NEVER', { printer: 'CAPTURE', media: 'A6' })).rejects.toThrow(
      'No saved label for NEVER on this station — fetch it from the API again.',
    );
  });
});

describe('follow', () => {
  const job = { jobId: 'CAPTURE-1', printer: 'CAPTURE' };

  it('polls until completed', async () => {
    const clock = fakeClock();
    const { driver } = fakeDriver([{ state: 'pending' }, { state: 'processing' }, { state: 'completed' }]);
    const service = createPrintService({ driver, labelsDir: root, clock });
    expect(await service.follow(job, { timeoutMs: 10_000, pollMs: 250 })).toEqual({ state: 'completed' });
    expect(clock.slept).toEqual([250, 250]);
  });

  it('takes its first look only after firstLookAfterMs, when asked to', async () => {
    const clock = fakeClock();
    const { driver } = fakeDriver([{ state: 'completed' }]);
    const service = createPrintService({ driver, labelsDir: root, clock });
    const result = await service.follow(job, { pollMs: 250, firstLookAfterMs: 500 });
    expect(result).toEqual({ state: 'completed' });
    expect(clock.slept).toEqual([500]);
  });

  it('failed with the reason, stuck at once when CUPS says stopped', async () => {
    const failed = fakeDriver([
      { state: 'pending' },
      { state: 'failed', reason: 'Printer X is out of labels' },
    ]);
    expect(
      await createPrintService({ driver: failed.driver, labelsDir: root, clock: fakeClock() }).follow(job),
    ).toEqual({
      state: 'failed',
      reason: 'Printer X is out of labels',
    });
    const stopped = fakeDriver([{ state: 'stopped', reason: 'Printer X is paused' }]);
    expect(
      await createPrintService({ driver: stopped.driver, labelsDir: root, clock: fakeClock() }).follow(job),
    ).toEqual({
      state: 'stuck',
      reason: 'Printer X is paused',
    });
  });

  it('stuck when nothing moves within the timeout; progress restarts the wait', async () => {
    const clock = fakeClock();
    const states: JobState[] = [...Array(4).fill({ state: 'pending' }), { state: 'processing' }];
    const { driver } = fakeDriver(states);
    const result = await createPrintService({ driver, labelsDir: root, clock }).follow(job, {
      timeoutMs: 5_000,
      pollMs: 1_000,
    });
    expect(result).toEqual({
      state: 'stuck',
      reason:
        'Printer CAPTURE has been on the label for 5 s without finishing — check it for a jam or an empty roll.',
    });
    // 4 s pending, then 5 s processing without change.
    expect(clock.slept.length).toBe(9);
  });

  it('unknown on Windows, and unknown when the driver never answers', async () => {
    const windows = fakeDriver([
      { state: 'unknown', reason: 'Windows reports the job as spooled, not printed' },
    ]);
    expect(
      await createPrintService({ driver: windows.driver, labelsDir: root, clock: fakeClock() }).follow(job),
    ).toEqual({
      state: 'unknown',
      reason: 'Windows reports the job as spooled, not printed',
    });
    const broken = fakeDriver([new Error('lpstat timed out')]);
    const result = await createPrintService({
      driver: broken.driver,
      labelsDir: root,
      clock: fakeClock(),
    }).follow(job, {
      timeoutMs: 3_000,
      pollMs: 1_000,
    });
    expect(result).toEqual({
      state: 'unknown',
      reason: 'Could not ask printer CAPTURE about the label: lpstat timed out',
    });
  });
});

describe('testLabel', () => {
  it('prints a media-sized test label at true size', async () => {
    const { driver, submitted } = fakeDriver();
    const service = createPrintService({
      driver,
      labelsDir: root,
      clock: fakeClock(),
      stationName: 'FlowRig 3',
    });
    const result = await service.testLabel('CAPTURE', '100x150mm');
    expect(result.warning).toBeUndefined();
    expect(submitted).toEqual([
      {
        file: result.file,
        printer: 'CAPTURE',
        media: '100x150mm',
        fitToPage: false,
        title: 'test label 100x150mm',
        copies: 1,
      },
    ]);
    const size = await readFirstPageSize(result.file);
    expect(size.w).toBeCloseTo(283.46, 1);
    expect(size.h).toBeCloseTo(425.2, 1);
    const doc = await PDFDocument.load(await readFile(result.file));
    expect(doc.getTitle()).toBe('Test label — CAPTURE');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-27T09:30:00.000Z');
  });

  it('passes printer listing through', async () => {
    const service = createPrintService({ driver: fakeDriver().driver, labelsDir: root });
    expect(await service.defaultPrinter()).toBe('CAPTURE');
    expect((await service.listPrinters()).map((p) => p.name)).toEqual(['CAPTURE']);
  });
});
