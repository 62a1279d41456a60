import { PDFDocument, degrees } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkLabelPage, compareToMedia, readFirstPageSize } from '../../src/main/printing/pdf-page';

async function pdf(width: number, height: number, rotate = 0): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([width, height]).setRotation(degrees(rotate));
  doc.addPage([595.28, 841.89]); // later pages do not count
  return doc.save();
}

describe('label page size', () => {
  it('reads the first page in points, rotation applied', async () => {
    expect(await readFirstPageSize(await pdf(288, 432))).toEqual({ w: 288, h: 432 });
    expect(await readFirstPageSize(await pdf(288, 432, 90))).toEqual({ w: 432, h: 288 });
  });

  it('no warning for a 4×6 page on 4×6 media, either orientation, within 2 pt', async () => {
    expect(await checkLabelPage(await pdf(288, 432), '4x6in')).toBeNull();
    expect(await checkLabelPage(await pdf(432, 288), '4x6in')).toBeNull();
    expect(compareToMedia({ w: 289.5, h: 430.5 }, '4x6in')).toBeNull();
    expect(compareToMedia({ w: 283.46, h: 425.2 }, '100x150mm')).toBeNull();
  });

  it('warns for a marketplace A4 label on a 4×6 printer, with both sizes', async () => {
    const warning = await checkLabelPage(await pdf(595.28, 841.89), '4x6in');
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
