// The printable command-barcode sheet (A4, printed on the document printer): one Code128 card per command, with its name in words, so a
// gloved packer can acknowledge, reprint or print the tray without touching the keyboard.
import { bwip, pdfLib } from '../pdf/lazy-libs';
import { COMMANDS, commandBarcode, type Command } from '../../shared/commands';

const WORDS: Record<Command, string> = {
  ACK: 'ACKNOWLEDGE (clear the error)',
  REPRINT_LAST: 'REPRINT LAST LABEL',
  FINISH_VERIFY: 'FINISH VERIFICATION',
  CANCEL_CURRENT: 'CANCEL CURRENT ORDER',
  NEXT_PICKUP: 'NEXT PICKUP OPTION',
  PRINT_TRAY: 'PRINT LABELS-PENDING TRAY',
};

export async function commandSheetPdf(): Promise<Uint8Array> {
  const [{ PDFDocument, StandardFonts, rgb }, bwipjs] = await Promise.all([pdfLib(), bwip()]);
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  page.drawText('Packing Station - command barcodes', { x: 40, y: 800, size: 18, font });
  let y = 700;
  for (const command of COMMANDS) {
    const png = await bwipjs.toBuffer({
      bcid: 'code128',
      text: commandBarcode(command),
      scale: 3,
      height: 14,
    });
    const image = await doc.embedPng(png);
    const width = Math.min(300, image.width * 0.5);
    const height = (image.height / image.width) * width;
    page.drawImage(image, { x: 40, y, width, height });
    page.drawText(WORDS[command], { x: 360, y: y + height / 2, size: 14, font, color: rgb(0, 0, 0) });
    y -= height + 40;
  }
  return doc.save();
}
