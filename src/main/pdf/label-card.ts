// A 4×6 in card on the label printer's media, framed, with its standard fonts loaded: the base of the
// station's small printed slips (the labels-pending separator, the return slip for the bin).
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';
import { pdfLib } from './lazy-libs';

export const CARD_WIDTH = 4 * 72;
export const CARD_HEIGHT = 6 * 72;
/** Left margin of text inside the frame. */
export const CARD_MARGIN = 24;

export interface LabelCard {
  page: PDFPage;
  bold: PDFFont;
  regular: PDFFont;
  black: RGB;
  /** `text` in bold at `y`, shrunk from `maxSize` until it fits the card's width. */
  drawBig(text: string, y: number, maxSize: number): void;
  save(): Promise<Uint8Array>;
}

/** Standard fonts draw WinAnsi only: anything else becomes '?', never an exception at print time. */
export function printable(text: string): string {
  return text.replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '?');
}

export async function labelCard(title: string): Promise<LabelCard> {
  const { PDFDocument, StandardFonts, rgb } = await pdfLib();
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  const page = doc.addPage([CARD_WIDTH, CARD_HEIGHT]);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const black = rgb(0, 0, 0);
  const frame = { x: 12, y: 12, width: CARD_WIDTH - 24, height: CARD_HEIGHT - 24 };
  page.drawRectangle({ ...frame, borderColor: black, borderWidth: 3 });
  return {
    page,
    bold,
    regular,
    black,
    drawBig(text, y, maxSize) {
      const shown = printable(text);
      let size = maxSize;
      while (size > 10 && bold.widthOfTextAtSize(shown, size) > CARD_WIDTH - 2 * CARD_MARGIN) size -= 2;
      page.drawText(shown, { x: CARD_MARGIN, y, size, font: bold, color: black });
    },
    save: () => doc.save(),
  };
}
