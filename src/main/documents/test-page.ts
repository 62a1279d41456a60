// The document printer's test page, the size of its paper: which printer, which paper, a border 10 mm in
// and a line of text in every corner, so a page that is cut off or scaled shows at once.
import type { DocumentMedia } from '../../shared/ipc/settings';
import { pdfLib } from '../pdf/lazy-libs';
import { DOCUMENT_PAGE_PT, mm, printable } from './pdf-kit';

export async function documentTestPagePdf(info: {
  printer: string;
  media: DocumentMedia;
  printedAt: Date;
}): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await pdfLib();
  const doc = await PDFDocument.create();
  doc.setTitle('Document printer test page');
  doc.setCreator('Packing Station');
  const { w, h } = DOCUMENT_PAGE_PT[info.media];
  const page = doc.addPage([w, h]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const m = mm(10);
  page.drawRectangle({
    x: m,
    y: m,
    width: w - 2 * m,
    height: h - 2 * m,
    borderColor: rgb(0, 0, 0),
    borderWidth: 1,
  });
  const size = info.media === 'A6' ? 12 : 20;
  page.drawText('TEST PAGE - DOCUMENT PRINTER', { x: m + 8, y: h - m - size - 8, size, font: bold });
  const rows = [
    `Printer: ${printable(info.printer)}`,
    `Paper: ${info.media}`,
    `Printed: ${info.printedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC`,
    `The border is ${Math.round(w / mm(1)) - 20} x ${Math.round(h / mm(1)) - 20} mm when printed at true size.`,
  ];
  let y = h - m - size * 2 - 16;
  for (const row of rows) {
    page.drawText(row.slice(0, 90), { x: m + 8, y, size: size / 2, font });
    y -= size;
  }
  for (const [x, yy] of [
    [m + 4, m + 4],
    [w - m - 40, m + 4],
  ]) {
    page.drawText('corner', { x, y: yy, size: 7, font });
  }
  return doc.save();
}
