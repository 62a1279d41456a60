// One order's packing slip, on the document printer's paper (A6 or A4): the store, the order code as a
// Code128 barcode, the recipient, every line with SKU, name and quantity (cancelled lines marked, not
// dropped: the packer sees why they are not in the box) and the notes.
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { DocumentMedia } from '../../shared/ipc/settings';
import type { OrderDetail } from '../../shared/orders';
import { pdfLib } from '../pdf/lazy-libs';
import { code128, DOCUMENT_PAGE_PT, drawBarcode, fitText, mm, printable, wrapText } from './pdf-kit';

export interface SlipLine {
  sku: string;
  name: string | null;
  quantity: number;
  cancelled: boolean;
}

/** What a slip shows; built from the order's detail (slipOf). */
export interface SlipOrder {
  orderCode: string;
  storeName: string | null;
  recipient: { name: string | null; phone: string | null; address: string | null; city: string | null };
  courier: string | null;
  lines: SlipLine[];
  notes: string[];
}

export function slipOf(detail: OrderDetail): SlipOrder {
  const r = detail.recipient_info;
  const place = [r.district, r.city, r.state, r.postal_code].filter(Boolean).join(', ');
  const notes = [r.remarks, detail.buyer_info.remarks].filter((n): n is string => Boolean(n?.trim()));
  return {
    orderCode: detail.order_code,
    storeName: detail.store_name,
    recipient: { name: r.name, phone: r.phone, address: r.full_address, city: place || null },
    courier: detail.shipping_info.logistic_carrier,
    lines: detail.product_info.map((l) => ({
      sku: l.sku,
      name: l.product_name,
      quantity: l.quantity,
      cancelled: l.is_cancel,
    })),
    notes: [...new Set(notes)],
  };
}

interface Pen {
  page: PDFPage;
  y: number;
}

export async function packingSlipPdf(order: SlipOrder, media: DocumentMedia): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await pdfLib();
  const doc = await PDFDocument.create();
  doc.setTitle(`Packing slip ${printable(order.orderCode)}`);
  doc.setCreator('Packing Station');
  const { w, h } = DOCUMENT_PAGE_PT[media];
  const small = media === 'A6';
  const margin = mm(small ? 6 : 15);
  const width = w - 2 * margin;
  const size = small ? 8 : 10;
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const black = rgb(0, 0, 0);
  const pen: Pen = { page: doc.addPage([w, h]), y: h - margin };

  const newPageIfLow = (need: number): void => {
    if (pen.y - need > margin) return;
    pen.page = doc.addPage([w, h]);
    pen.y = h - margin;
  };
  const text = (t: string, f: PDFFont, s: number, x = margin, maxW = width): void => {
    newPageIfLow(s + 2);
    pen.y -= s + 2;
    pen.page.drawText(fitText(t, f, s, maxW), { x, y: pen.y, size: s, font: f, color: black });
  };

  text('PACKING SLIP', bold, size + 4);
  text(order.storeName ?? '', font, size);
  pen.y -= mm(2);
  const barHeight = mm(small ? 10 : 14);
  pen.y -= barHeight;
  await drawBarcode(doc, pen.page, await code128(order.orderCode), {
    x: margin,
    y: pen.y,
    width,
    height: barHeight,
  });
  text(order.orderCode, bold, size + 2);
  pen.y -= mm(2);

  text('Ship to', bold, size);
  const r = order.recipient;
  for (const part of [r.name, r.phone, r.address, r.city]) {
    if (part) for (const l of wrapText(part, font, size, width)) text(l, font, size);
  }
  if (order.courier) text(`Courier: ${order.courier}`, font, size);
  pen.y -= mm(2);

  const qtyX = margin;
  const skuX = margin + mm(small ? 9 : 14);
  const nameX = skuX + mm(small ? 24 : 45);
  const header = (): void => {
    newPageIfLow(size * 2);
    pen.y -= size + 2;
    pen.page.drawText('Qty', { x: qtyX, y: pen.y, size, font: bold });
    pen.page.drawText('SKU', { x: skuX, y: pen.y, size, font: bold });
    pen.page.drawText('Item', { x: nameX, y: pen.y, size, font: bold });
    pen.page.drawLine({
      start: { x: margin, y: pen.y - 2 },
      end: { x: w - margin, y: pen.y - 2 },
      thickness: 0.5,
    });
    pen.y -= 2;
  };
  header();
  for (const line of order.lines) {
    if (pen.y - (size + 4) <= margin) {
      pen.page = doc.addPage([w, h]);
      pen.y = h - margin;
      header();
    }
    pen.y -= size + 4;
    const f = line.cancelled ? font : bold;
    pen.page.drawText(String(line.quantity), { x: qtyX, y: pen.y, size, font: f });
    pen.page.drawText(fitText(line.sku, font, size, nameX - skuX - 4), { x: skuX, y: pen.y, size, font });
    const name = `${line.cancelled ? 'CANCELLED - ' : ''}${line.name ?? ''}`;
    pen.page.drawText(fitText(name, font, size, w - margin - nameX), { x: nameX, y: pen.y, size, font });
    if (line.cancelled) {
      // Struck through: a cancelled line is shown so nobody goes looking for it, never packed.
      pen.page.drawLine({
        start: { x: qtyX, y: pen.y + size / 3 },
        end: { x: w - margin, y: pen.y + size / 3 },
        thickness: 0.8,
      });
    }
  }
  if (order.notes.length) {
    pen.y -= mm(3);
    text('Notes', bold, size);
    for (const note of order.notes) for (const l of wrapText(note, font, size, width)) text(l, font, size);
  }
  return doc.save();
}
