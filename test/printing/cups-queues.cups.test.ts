// Against the real CUPS set up by scripts/test-machine-setup.sh: CAPTURE keeps each job's exact bytes in
// the capture dir, PAUSED is disabled, FAILING fails every job as "out of labels".
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCupsDriver } from '../../src/main/printing/cups-driver';
import { PrinterError } from '../../src/main/printing/errors';
import { readFirstPageSize } from '../../src/main/printing/pdf-page';
import { createPrintService, type PrintService } from '../../src/main/printing/print-service';

const CAPTURE_DIR = process.env.PACKING_CAPTURE_DIR ?? '/tmp/packing-prn';
const FOLLOW = { timeoutMs: 20_000, pollMs: 100 };

let root: string;
let service: PrintService;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cups-int-'));
  service = createPrintService({
    driver: createCupsDriver(),
    labelsDir: join(root, 'labels'),
    stationName: 'CI',
  });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

async function label4x6(orderCode: string): Promise<{ file: string; bytes: Buffer }> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([288, 432]);
  page.drawText(orderCode, { x: 20, y: 400, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  const file = join(root, `${orderCode}.pdf`);
  await writeFile(file, await doc.save());
  return { file, bytes: await readFile(file) };
}

/** The capture backend renames its files into place, so once they exist they are complete. */
async function captured(jobId: string): Promise<{ prn: Buffer; meta: string }> {
  const n = /-(\d+)$/.exec(jobId)?.[1];
  expect(n).toBeDefined();
  const prn = join(CAPTURE_DIR, `job-${n}.prn`);
  const meta = join(CAPTURE_DIR, `job-${n}.meta`);
  for (let i = 0; i < 150; i++) {
    const [p, m] = await Promise.all([stat(prn).catch(() => null), stat(meta).catch(() => null)]);
    if (p && m) return { prn: await readFile(prn), meta: await readFile(meta, 'utf8') };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`CUPS wrote no ${prn}`);
}

async function openJobs(printer: string): Promise<string> {
  const { stdout } = await promisify(execFile)('lpstat', ['-W', 'not-completed', '-o', printer], {
    env: { ...process.env, LC_ALL: 'C' },
  });
  return stdout;
}

const orderCode = () => `INT-${randomBytes(4).toString('hex')}`;

describe('printing through the real CUPS', () => {
  it('prints a 4×6 label byte for byte, with its media and no scaling, and follows it to completion', async () => {
    const code = orderCode();
    const { file, bytes } = await label4x6(code);
    const result = await service.printLabel({ orderCode: code, file, printer: 'CAPTURE', media: '4x6in' });
    expect(result.job.printer).toBe('CAPTURE');
    expect(result.job.jobId).toMatch(/^CAPTURE-\d+$/);
    expect(result.warning).toBeUndefined();

    expect(await service.follow(result.job, FOLLOW)).toEqual({ state: 'completed' });
    const { prn, meta } = await captured(result.job.jobId);
    expect(prn.equals(bytes)).toBe(true);
    expect(meta).toContain(`title=label ${code}\n`);
    expect(meta).toContain('copies=1\n');
    const options = /^options=(.*)$/m.exec(meta)?.[1] ?? '';
    expect(options.split(' ')).toContain('media=Custom.4x6in');
    expect(options.split(' ')).toContain('print-scaling=none');
    expect(options).not.toContain('fit-to-page');
    expect(await readFirstPageSize(prn)).toEqual({ w: 288, h: 432 });
  });

  it('reprints the kept copy and prints an A6 test label at its true size', async () => {
    const code = orderCode();
    const { file, bytes } = await label4x6(code);
    await service.printLabel({ orderCode: code, file, printer: 'CAPTURE', media: '4x6in' });
    await rm(file); // the download is gone; the cache still has it
    const again = await service.reprint(code, { printer: 'CAPTURE', media: '4x6in' });
    expect((await captured(again.job.jobId)).prn.equals(bytes)).toBe(true);

    const test = await service.testLabel('CAPTURE', 'A6');
    const { prn, meta } = await captured(test.job.jobId);
    expect(meta).toMatch(/^options=.*\bmedia=A6\b/m);
    const size = await readFirstPageSize(prn);
    expect(size.w).toBeCloseTo(297.64, 1);
    expect(size.h).toBeCloseTo(419.53, 1);
  });

  it('a missing printer is a clear error', async () => {
    const { file } = await label4x6(orderCode());
    const error = await service
      .printLabel({ orderCode: 'X1', file, printer: 'NO_SUCH_PRINTER', media: '4x6in' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect((error as PrinterError).code).toBe('unknown_printer');
    expect((error as PrinterError).message).toBe(
      'Printer NO_SUCH_PRINTER does not exist — choose one in Settings.',
    );
  });

  it('a paused queue is refused before submitting: no job is left waiting in it', async () => {
    const before = await openJobs('PAUSED');
    const { file } = await label4x6(orderCode());
    const error = await service
      .printLabel({ orderCode: 'X2', file, printer: 'PAUSED', media: '4x6in' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect((error as PrinterError).code).toBe('paused');
    expect((error as PrinterError).message).toBe('Printer PAUSED is paused — resume it, then print again.');
    expect((error as PrinterError).toInfo()).toMatchObject({
      kind: 'printer',
      step: 'print',
      retryable: true,
    });
    expect(await openJobs('PAUSED')).toBe(before);
  });

  it('a job the printer fails is followed to "failed" with the reason in words', async () => {
    const code = orderCode();
    const { file } = await label4x6(code);
    const result = await service.printLabel({ orderCode: code, file, printer: 'FAILING', media: '4x6in' });
    expect(await service.follow(result.job, FOLLOW)).toEqual({
      state: 'failed',
      reason: 'Printer FAILING is out of labels — load labels and print again.',
    });
  });

  it('a job held in CUPS is reported stuck in words, and can be cancelled', async () => {
    const { file } = await label4x6(orderCode());
    const { stdout } = await promisify(execFile)(
      'lp',
      ['-d', 'CAPTURE', '-H', 'indefinite', '-t', 'held', '--', file],
      {
        env: { ...process.env, LC_ALL: 'C' },
      },
    );
    const jobId = /request id is (\S+)/.exec(stdout)?.[1] ?? '';
    const driver = createCupsDriver();
    const job = { jobId, printer: 'CAPTURE' };
    try {
      expect(await service.follow(job, FOLLOW)).toEqual({
        state: 'stuck',
        reason: 'The label is held in the queue of printer CAPTURE — release it there or print it again.',
      });
    } finally {
      await driver.cancel(job);
    }
    expect(await openJobs('CAPTURE')).not.toContain(`${jobId} `);
  });

  it('lists the queues with their state and the default', async () => {
    const printers = await service.listPrinters();
    expect(printers.find((p) => p.name === 'CAPTURE')).toMatchObject({ isDefault: true });
    expect(printers.find((p) => p.name === 'PAUSED')).toMatchObject({ state: 'paused', isDefault: false });
    expect(await service.defaultPrinter()).toBe('CAPTURE');
  });
});
