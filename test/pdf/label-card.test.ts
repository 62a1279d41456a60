// The label card under the separator and return slips: the label printer's 4×6 in page, the order code in
// the drawn text, and characters the standard fonts cannot draw printed as '?' instead of failing the print.
import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { returnSlipPdf } from '../../src/main/returns/return-slip';
import { separatorSlipPdf } from '../../src/main/station/separator-slip';

/** pdf-lib writes drawn text as hex strings into the page's content stream, which it deflates. */
function drawsText(pdf: Uint8Array, text: string): boolean {
  const hex = `<${Buffer.from(text, 'latin1').toString('hex').toUpperCase()}>`;
  const raw = Buffer.from(pdf);
  const streams = raw.toString('latin1').matchAll(/stream\r?\n/g);
  for (const m of streams) {
    const start = (m.index ?? 0) + m[0].length;
    const end = raw.indexOf('endstream', start, 'latin1');
    try {
      if (inflateSync(raw.subarray(start, end)).toString('latin1').includes(hex)) return true;
    } catch {
      // Not a deflated stream (a font's, say): not where text is drawn.
    }
  }
  return false;
}

async function pageSize(pdf: Uint8Array): Promise<[number, number]> {
  const doc = await PDFDocument.load(pdf);
  const { width, height } = doc.getPage(0).getSize();
  return [width, height];
}

describe('label card slips', () => {
  it('the separator slip is one 4×6 in page naming the order and its place in the tray', async () => {
    const pdf = await separatorSlipPdf('ORD-7781', { index: 2, total: 5 });
    expect(await pageSize(pdf)).toEqual([288, 432]);
    expect(drawsText(pdf, 'ORD-7781')).toBe(true);
    expect(drawsText(pdf, '2 of 5')).toBe(true);
  });

  it('the return slip names order, reason and packer; text the fonts cannot draw becomes ?', async () => {
    const pdf = await returnSlipPdf({
      orderCode: 'ORD-42',
      awb: 'JNE123',
      reason: 'damaged',
      note: 'Kotak penyok 📦',
      when: '3 Dec 2026 09:10',
      who: 'Siti',
    });
    expect(await pageSize(pdf)).toEqual([288, 432]);
    for (const text of ['RETURN', 'ORD-42', 'Damaged', 'JNE123', 'Siti'])
      expect(drawsText(pdf, text)).toBe(true);
    expect(drawsText(pdf, 'Kotak penyok ??')).toBe(true);
  });

  it('an order code with characters outside the fonts still prints', async () => {
    const pdf = await separatorSlipPdf('ORD-ß✓', { index: 1, total: 1 });
    expect(drawsText(pdf, 'ORD-ß?')).toBe(true);
  });
});
