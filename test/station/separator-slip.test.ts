import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { separatorSlipPdf } from '../../src/main/station/separator-slip';

describe('separator slip', () => {
  it('is a one-page 4×6 in PDF naming the order', async () => {
    const bytes = await separatorSlipPdf('ORD-123/XYZ', { index: 2, total: 5 });
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 288, height: 432 });
    expect(doc.getTitle()).toBe('Labels pending: ORD-123/XYZ');
  });

  it('fits a very long order code on the slip', async () => {
    const bytes = await separatorSlipPdf('X'.repeat(60), { index: 1, total: 1 });
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
  });
});
