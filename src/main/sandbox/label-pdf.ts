// A 4×6 in (288×432 pt) shipping label PDF: courier and service, a Code128 barcode of the tracking
// number (bwip-js PNG embedded with pdf-lib), the order code, recipient, sender, item count and COD.
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { bwip, pdfLib } from '../pdf/lazy-libs';
import { formatMoney } from '../../shared/orders';
import type { StoredOrder } from './types';

export const LABEL_WIDTH = 288;
export const LABEL_HEIGHT = 432;
const MARGIN = 12;

/** The standard fonts speak WinAnsi only: anything else becomes '?' rather than a crash. */
function winAnsi(value: string): string {
  return value.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
}

export async function renderLabelPdf(order: StoredOrder): Promise<Uint8Array> {
  const [{ PDFDocument, StandardFonts, rgb }, bwipjs] = await Promise.all([pdfLib(), bwip()]);
  const BLACK = rgb(0, 0, 0);
  const tracking = order.trackingNumber ?? order.code;
  const barcode = await bwipjs.toBuffer({
    bcid: 'code128',
    text: tracking,
    scale: 3,
    height: 14,
    includetext: false,
    paddingwidth: 10, // quiet zone either side, so scanners find the start and stop codes
  });
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Shipping label ${order.code}`);
  pdf.setProducer('Packing Station sandbox');
  pdf.setCreationDate(new Date(order.createdAt));
  pdf.setModificationDate(new Date(order.createdAt));
  const page = pdf.addPage([LABEL_WIDTH, LABEL_HEIGHT]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const image = await pdf.embedPng(barcode);

  let y = LABEL_HEIGHT - MARGIN;
  const text = (value: string, font: PDFFont, size: number, x = MARGIN) => {
    y -= size + 2;
    page.drawText(winAnsi(value), { x, y, size, font, color: BLACK });
  };
  const rule = () => {
    y -= 6;
    page.drawLine({
      start: { x: MARGIN, y },
      end: { x: LABEL_WIDTH - MARGIN, y },
      thickness: 1,
      color: BLACK,
    });
  };

  text(`${order.provider} ${order.service}`, bold, 18);
  const cod = order.paymentType === 'COD';
  text(cod ? `COD ${formatMoney(order.price.cod.toFixed(2))}` : 'NON COD', bold, 14);
  rule();
  const barWidth = LABEL_WIDTH - 2 * MARGIN;
  const barHeight = Math.min(70, (image.height / image.width) * barWidth);
  y -= barHeight + 6;
  page.drawImage(image, { x: MARGIN, y, width: barWidth, height: barHeight });
  text(tracking, bold, 14, centre(tracking, bold, 14));
  rule();
  text(`Order: ${order.code}`, bold, 12);
  if (order.pickupOption) text(`Pickup: ${order.pickupOption}`, regular, 9);
  rule();
  text('Penerima / To:', regular, 9);
  const r = order.recipient;
  text(r.name ?? '', bold, 12);
  if (r.phone) text(r.phone, regular, 10);
  for (const line of wrap(r.fullAddress ?? '', regular, 10, barWidth)) text(line, regular, 10);
  text([r.district, r.city].filter(Boolean).join(', '), regular, 10);
  text(`${r.state ?? ''} ${r.postalCode ?? ''}`.trim(), bold, 11);
  rule();
  text('Pengirim / From:', regular, 9);
  text(order.storeName, bold, 11);
  text(`${order.warehouseCode} - ${order.warehouseCity}`, regular, 9);
  rule();
  const live = order.lines.filter((l) => !l.isCancel);
  const items = live.reduce((sum, l) => sum + l.quantity, 0);
  text(`Items: ${items} pcs (${live.length} SKU)`, bold, 10);
  for (const l of live.slice(0, 4)) text(`${l.quantity} x ${l.sku}`, regular, 8);
  drawFooter(page, regular, order, BLACK);
  return pdf.save();

  function centre(value: string, font: PDFFont, size: number): number {
    return Math.max(MARGIN, (LABEL_WIDTH - font.widthOfTextAtSize(winAnsi(value), size)) / 2);
  }
}

function drawFooter(page: PDFPage, font: PDFFont, order: StoredOrder, color: RGB): void {
  const words = `${order.platform.toUpperCase()} ${order.referenceId ?? ''}`.trim();
  page.drawText(winAnsi(words), { x: MARGIN, y: MARGIN, size: 7, font, color });
}

/** Greedy word wrap to a width, at most three lines. */
function wrap(value: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of winAnsi(value).split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.slice(0, 3);
}
