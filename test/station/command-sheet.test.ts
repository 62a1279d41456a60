// The command-barcode sheet: one A4 page with a Code128 card per command, readable by the scanner.
import { PDFDocument, PDFName, PDFDict } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { commandSheetPdf } from '../../src/main/station/command-sheet';
import { COMMANDS } from '../../src/shared/commands';

describe('command barcode sheet', () => {
  it('is one A4 page with a barcode image per command', async () => {
    const bytes = Buffer.from(await commandSheetPdf());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
    const resources = doc.getPage(0).node.Resources();
    const xobjects = resources?.lookup(PDFName.of('XObject'), PDFDict);
    expect(xobjects?.keys().length).toBe(COMMANDS.length);
  });
});
