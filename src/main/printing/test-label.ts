// A test label the size of the chosen media: who printed it where, and a millimetre ruler along the
// edges so the operator can hold a real ruler against it and see the printer prints true size.
import { pdfLib } from '../pdf/lazy-libs';
import { MEDIA_SIZE_PT, MEDIA_WORDS } from './media';
import type { LabelMedia } from './types';

export interface TestLabelInfo {
  stationName: string;
  printer: string;
  media: LabelMedia;
  printedAt: Date;
}

const MM = 72 / 25.4;
const MARGIN = 5 * MM;

/** Standard PDF fonts only cover Latin-1: anything else prints as '?'. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?');
}

export async function createTestLabelPdf(info: TestLabelInfo): Promise<Uint8Array> {
  const { w, h } = MEDIA_SIZE_PT[info.media];
  const { PDFDocument, StandardFonts, rgb } = await pdfLib();
  const doc = await PDFDocument.create();
  doc.setTitle(`Test label — ${printable(info.printer)}`);
  doc.setCreator('Packing Station');
  doc.setCreationDate(info.printedAt);
  doc.setModificationDate(info.printedAt);
  const page = doc.addPage([w, h]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const black = rgb(0, 0, 0);

  // Border 5 mm inside the edge: a printer that scales or shifts the page shows it at once.
  page.drawRectangle({
    x: MARGIN,
    y: MARGIN,
    width: w - 2 * MARGIN,
    height: h - 2 * MARGIN,
    borderColor: black,
    borderWidth: 0.8,
  });
  // Ticks every mm from the border's corner, longer every 5 and 10 mm, numbered every 10 mm.
  for (let mm = 0; MARGIN + mm * MM <= w - MARGIN + 0.01; mm++) {
    const x = MARGIN + mm * MM;
    const len = mm % 10 === 0 ? 4 * MM : mm % 5 === 0 ? 2.5 * MM : 1.5 * MM;
    page.drawLine({ start: { x, y: MARGIN }, end: { x, y: MARGIN + len }, thickness: 0.4, color: black });
    if (mm % 10 === 0 && mm > 0) page.drawText(String(mm), { x: x - 4, y: MARGIN + len + 1, size: 5, font });
  }
  for (let mm = 0; MARGIN + mm * MM <= h - MARGIN + 0.01; mm++) {
    const y = MARGIN + mm * MM;
    const len = mm % 10 === 0 ? 4 * MM : mm % 5 === 0 ? 2.5 * MM : 1.5 * MM;
    page.drawLine({ start: { x: MARGIN, y }, end: { x: MARGIN + len, y }, thickness: 0.4, color: black });
    if (mm % 10 === 0 && mm > 0) page.drawText(String(mm), { x: MARGIN + len + 1, y: y - 2, size: 5, font });
  }

  const lines: [string, string][] = [
    ['Station', info.stationName],
    ['Printer', info.printer],
    ['Media', MEDIA_WORDS[info.media]],
    ['Printed', info.printedAt.toISOString().replace('T', ' ').slice(0, 19) + ' UTC'],
  ];
  const left = MARGIN + 8 * MM;
  let y = h - MARGIN - 12 * MM;
  page.drawText('TEST LABEL', { x: left, y, size: 18, font: bold });
  y -= 9 * MM;
  for (const [label, value] of lines) {
    page.drawText(`${label}:`, { x: left, y, size: 9, font: bold });
    page.drawText(printable(value).slice(0, 60), { x: left + 16 * MM, y, size: 9, font });
    y -= 5 * MM;
  }
  const widthMm = Math.round((w - 2 * MARGIN) / MM);
  const heightMm = Math.round((h - 2 * MARGIN) / MM);
  y -= 3 * MM;
  for (const note of [
    `True size: the border measures ${widthMm} x ${heightMm} mm.`,
    'If it is smaller or cut off, turn off scaling or fix the media.',
  ]) {
    page.drawText(note, { x: left, y, size: 7, font });
    y -= 4 * MM;
  }
  return doc.save();
}
