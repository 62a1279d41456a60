// Small drawing helpers the station's own documents share (slips, manifests, test page): page sizes of
// the document printer's paper, Latin-1-safe text, a Code128 barcode drawn from bwip-js.
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import type { DocumentMedia } from '../../shared/ipc/settings';
import { bwip } from '../pdf/lazy-libs';

const MM = 72 / 25.4;
export const mm = (n: number): number => n * MM;

/** Portrait page sizes in points. */
export const DOCUMENT_PAGE_PT: Record<DocumentMedia, { w: number; h: number }> = {
  A4: { w: 210 * MM, h: 297 * MM },
  A6: { w: 105 * MM, h: 148 * MM },
};

/** Standard PDF fonts only cover Latin-1: anything else prints as '?'. */
export function printable(text: string): string {
  return text.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?');
}

/** Cuts `text` so it fits `width` at `size`, with an ellipsis when cut. */
export function fitText(text: string, font: PDFFont, size: number, width: number): string {
  const clean = printable(text);
  if (font.widthOfTextAtSize(clean, size) <= width) return clean;
  let cut = clean;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}...`, size) > width) cut = cut.slice(0, -1);
  return `${cut}...`;
}

/** Splits `text` into lines no wider than `width` (words kept whole where they fit). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of printable(text).split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => fitText(l, font, size, width));
}

export interface Barcode {
  /** The exact text encoded (a scanner reads this back). */
  text: string;
  png: Uint8Array;
}

/** A Code128 barcode as a PNG (bwip-js); the caller places it with drawBarcode. */
export async function code128(text: string): Promise<Barcode> {
  const bwipjs = await bwip();
  // An opaque white ground: a transparent one is black to a printer or reader that ignores the alpha.
  const png = await bwipjs.toBuffer({
    bcid: 'code128',
    text,
    scale: 2,
    height: 10,
    paddingwidth: 6,
    paddingheight: 2,
    backgroundcolor: 'FFFFFF',
  });
  return { text, png: new Uint8Array(png) };
}

/** Draws the barcode with its bottom-left at (x, y), `width` wide at most; returns the drawn height. */
export async function drawBarcode(
  doc: PDFDocument,
  page: PDFPage,
  barcode: Barcode,
  at: { x: number; y: number; width: number; height: number },
): Promise<void> {
  const image = await doc.embedPng(barcode.png);
  // Never stretch a barcode wider than drawn at scale 2: narrower bars only where the space demands.
  const width = Math.min(at.width, image.width);
  page.drawImage(image, { x: at.x, y: at.y, width, height: at.height });
}
