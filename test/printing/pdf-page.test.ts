import { PDFDocument, degrees } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  LabelPagesError,
  checkLabelPage,
  checkLabelPages,
  compareToMedia,
  readFirstPageSize,
} from '../../src/main/printing/pdf-page';
import { createPageInspector, PdfInspectError } from '../../src/main/pdf/page-inspector';

async function pdf(...pages: [number, number, number?][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const [width, height, rotate = 0] of pages) doc.addPage([width, height]).setRotation(degrees(rotate));
  return doc.save();
}

const A4: [number, number] = [595.28, 841.89];

/** A catalog whose page tree lists itself as its own kid: pdf-lib recurses until the stack runs out. */
const CYCLIC = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

const inspectors: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(inspectors.map((i) => i.close()));
});

describe('label page size', () => {
  it('reads the first page in points, rotation applied', async () => {
    expect(await readFirstPageSize(await pdf([288, 432]))).toEqual({ w: 288, h: 432 });
    expect(await readFirstPageSize(await pdf([288, 432, 90]))).toEqual({ w: 432, h: 288 });
  });

  it('no warning for a 4×6 page on 4×6 media, either orientation, within 2 pt', async () => {
    expect(await checkLabelPage(await pdf([288, 432]), '4x6in')).toBeNull();
    expect(await checkLabelPage(await pdf([432, 288]), '4x6in')).toBeNull();
    expect(compareToMedia({ w: 289.5, h: 430.5 }, '4x6in')).toBeNull();
    expect(compareToMedia({ w: 283.46, h: 425.2 }, '100x150mm')).toBeNull();
  });

  it('warns for a marketplace A4 label on a 4×6 printer, with both sizes', async () => {
    const warning = await checkLabelPage(await pdf(A4), '4x6in');
    expect(warning).toEqual({
      expected: { w: 288, h: 432 },
      actual: { w: 595.28, h: 841.89 },
      message: expect.stringContaining(
        'This label is A4 (210×297 mm) but the printer is set to 4×6 in label',
      ),
    });
  });

  it('warns for A6 on 4×6 (close but 9 pt off) and names unknown sizes in mm', () => {
    expect(compareToMedia({ w: 297.64, h: 419.53 }, '4x6in')?.message).toMatch(
      /^This label is A6 \(105×148 mm\)/,
    );
    expect(compareToMedia({ w: 283.46, h: 283.46 }, 'A6')?.message).toMatch(/^This label is 100×100 mm/);
    expect(compareToMedia({ w: 595.28, h: 841.89 }, '4x6in', true)?.message).toMatch(/scaled to fit/);
  });
});

describe('every page is checked', () => {
  it('a 2-page label of different sizes is checked per page: page 2 is the one that does not fit', async () => {
    const check = await checkLabelPages(await pdf([288, 432], A4), '4x6in');
    expect(check.pages).toBe(2);
    expect(check.warning?.actual).toEqual({ w: 595.28, h: 841.89 });
    expect(check.warning?.message).toMatch(/^Page 2 of 2 of this label is A4/);
    // Both pages the media's size: no warning.
    expect((await checkLabelPages(await pdf([288, 432], [432, 288]), '4x6in')).warning).toBeNull();
  });

  it('a 10-page "label" is refused in words', async () => {
    const ten = await pdf(...Array.from({ length: 10 }, (): [number, number] => [288, 432]));
    const err = await checkLabelPages(ten, '4x6in').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LabelPagesError);
    expect((err as LabelPagesError).reason).toBe('too_many_pages');
    expect((err as LabelPagesError).message).toBe('The label PDF has 10 pages; a label has at most 2.');
    expect(await checkLabelPages(ten, '4x6in', { maxPages: 10 })).toMatchObject({ pages: 10 });
  });

  it('malformed PDFs are errors in words, and the reader carries on', async () => {
    for (const bad of [Buffer.from('%PDF-1.7 garbage'), CYCLIC, Buffer.from('%PDF-1.4\n%%EOF\n')]) {
      const err = await checkLabelPages(bad, '4x6in').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LabelPagesError);
      expect((err as LabelPagesError).reason).toBe('unreadable');
      expect((err as LabelPagesError).message).toMatch(/^The label PDF cannot be read \(.+\)\.$/);
    }
    expect((await checkLabelPages(await pdf([288, 432]), '4x6in')).pages).toBe(1);
  });
});

describe('page inspector worker', () => {
  it('stays warm: one worker answers label after label', async () => {
    // A stand-in worker that counts the requests it has seen.
    const counting = createPageInspector({
      source: `const { parentPort } = require('node:worker_threads'); let n = 0;
        parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, count: ++n, pages: [] }));`,
    });
    inspectors.push(counting);
    counting.warm();
    const seen = [];
    for (let i = 0; i < 3; i++) seen.push((await counting.inspect(new Uint8Array(1), 2)).count);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('a parse that never ends is stopped by the timeout, and the next check gets a fresh worker', async () => {
    // A stand-in worker that loops forever on a file starting with byte 1, and counts what it saw.
    const hanging = createPageInspector({
      timeoutMs: 300,
      source: `const { parentPort } = require('node:worker_threads'); let n = 0;
        parentPort.on('message', (m) => { n++; if (m.bytes[0] === 1) { for (;;) {} }
          parentPort.postMessage({ id: m.id, count: n, pages: [] }); });`,
    });
    inspectors.push(hanging);
    const err = await hanging.inspect(Uint8Array.of(1), 2).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PdfInspectError);
    expect((err as PdfInspectError).reason).toBe('timeout');
    expect((err as PdfInspectError).message).toBe('the PDF took longer than 0.3 s to read');
    // A fresh worker answers: it has seen one request only.
    expect((await hanging.inspect(Uint8Array.of(0), 2)).count).toBe(1);
  });

  it('a worker that dies or runs out of memory is an error, not a crash of the station', async () => {
    const dying = createPageInspector({
      source: `const { parentPort } = require('node:worker_threads');
        parentPort.on('message', () => process.exit(3));`,
    });
    inspectors.push(dying);
    const died = await dying.inspect(new Uint8Array(1), 2).catch((e: unknown) => e);
    expect(died).toMatchObject({ reason: 'crashed', message: 'the PDF reader stopped (exit 3)' });

    const greedy = createPageInspector({
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
      source: `const { parentPort } = require('node:worker_threads');
        parentPort.on('message', () => { const keep = []; for (;;) keep.push(new Array(1e5).fill({ a: 1 })); });`,
    });
    inspectors.push(greedy);
    const oom = await greedy.inspect(new Uint8Array(1), 2).catch((e: unknown) => e);
    expect(oom).toMatchObject({ reason: 'too_large' });
  });
});
