// The handover manifest (serah terima) on the document printer's paper: courier, pickup option, date,
// count, then each AWB as a Code128 barcode with its order code, and signature lines for the packer and
// the driver on the last page. A reprint draws the same record again, marked as a reprint.
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { HandoverOrder } from '../../shared/handover/types';
import type { DocumentMedia } from '../../shared/ipc/settings';
import { pdfLib } from '../pdf/lazy-libs';
import { code128, DOCUMENT_PAGE_PT, drawBarcode, fitText, mm } from '../documents/pdf-kit';

export interface ManifestInfo {
  courier: string;
  pickupOption: string | null;
  /** The date and time as the station's time zone shows it. */
  dateText: string;
  orders: HandoverOrder[];
  /** "Closed by …" for a closed handover; null while still open (a draft). */
  closedBy: string | null;
  reprint: boolean;
}

export async function manifestPdf(info: ManifestInfo, media: DocumentMedia): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts } = await pdfLib();
  const doc = await PDFDocument.create();
  doc.setTitle(`Handover ${info.courier} ${info.dateText}`);
  doc.setCreator('Packing Station');
  const { w, h } = DOCUMENT_PAGE_PT[media];
  const small = media === 'A6';
  const margin = mm(small ? 6 : 14);
  const size = small ? 7 : 10;
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const rowH = mm(small ? 13 : 17);
  const barW = mm(small ? 50 : 80);
  const barH = mm(small ? 8 : 11);

  let page: PDFPage = doc.addPage([w, h]);
  let y = h - margin;
  let pageNo = 1;
  const text = (t: string, f: PDFFont, s: number, x = margin): void => {
    y -= s + 3;
    page.drawText(fitText(t, f, s, w - margin - x), { x, y, size: s, font: f });
  };
  const heading = (): void => {
    text(`COURIER HANDOVER / SERAH TERIMA${info.reprint ? ' (REPRINT)' : ''}`, bold, size + 3);
    text(`Courier: ${info.courier}`, bold, size + 1);
    text(`Pickup: ${info.pickupOption ?? 'not recorded here'}`, font, size);
    text(`Date: ${info.dateText}    Boxes: ${info.orders.length}    Page ${pageNo}`, font, size);
    if (info.closedBy) text(`Closed by: ${info.closedBy}`, font, size);
    y -= mm(3);
  };
  heading();

  for (const [i, order] of info.orders.entries()) {
    if (y - rowH < margin) {
      page = doc.addPage([w, h]);
      pageNo++;
      y = h - margin;
      heading();
    }
    y -= rowH;
    page.drawText(String(i + 1), { x: margin, y: y + barH / 2, size, font: bold });
    const barX = margin + mm(small ? 6 : 10);
    if (order.trackingNumber) {
      await drawBarcode(doc, page, await code128(order.trackingNumber), {
        x: barX,
        y,
        width: barW,
        height: barH,
      });
    }
    const textX = barX + barW + mm(3);
    page.drawText(fitText(order.trackingNumber ?? 'NO AWB', bold, size, w - margin - textX), {
      x: textX,
      y: y + barH - size,
      size,
      font: bold,
    });
    page.drawText(fitText(order.orderCode, font, size, w - margin - textX), {
      x: textX,
      y: y + 1,
      size,
      font,
    });
  }

  // Signatures: both sign the last page, below the list.
  const signH = mm(small ? 22 : 30);
  if (y - signH < margin) {
    page = doc.addPage([w, h]);
    pageNo++;
    y = h - margin;
    heading();
  }
  y -= mm(small ? 6 : 10);
  text(`Handed over: ${info.orders.length} boxes`, bold, size);
  const colW = (w - 2 * margin - mm(8)) / 2;
  const lineY = y - signH + mm(8);
  for (const [i, who] of ['Packer', 'Driver'].entries()) {
    const x = margin + i * (colW + mm(8));
    page.drawText(`${who} - name and signature`, { x, y: y - size - 4, size, font });
    page.drawLine({ start: { x, y: lineY }, end: { x: x + colW, y: lineY }, thickness: 0.7 });
  }
  return doc.save();
}
