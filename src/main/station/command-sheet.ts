// The printable command-barcode sheet (A4, printed on the document printer): one Code128 card per command,
// with its name in words, so a gloved packer can acknowledge, reprint, print the tray or work the returns
// bench without the keyboard.
import { bwip, pdfLib } from '../pdf/lazy-libs';
import { COMMANDS, commandBarcode, type Command } from '../../shared/commands';

const WORDS: Record<Command, string> = {
  ACK: 'ACKNOWLEDGE (clear the error)',
  REPRINT_LAST: 'REPRINT LAST LABEL',
  FINISH_VERIFY: 'FINISH VERIFICATION',
  CANCEL_CURRENT: 'CANCEL CURRENT ORDER',
  NEXT_PICKUP: 'NEXT PICKUP OPTION',
  PRINT_TRAY: 'PRINT LABELS-PENDING TRAY',
  END_SESSION: 'END MY PACKING SESSION',
  RETURNS: 'RETURNS BENCH (on / off)',
  RETURN_CUSTOMER_REQUEST: 'RETURN: CUSTOMER REQUEST (1)',
  RETURN_DAMAGED: 'RETURN: DAMAGED (2)',
  RETURN_WRONG_ITEM: 'RETURN: WRONG ITEM (3)',
  RETURN_COURIER_FAILED: 'RETURN: COURIER FAILED (4)',
  RETURN_OTHER: 'RETURN: OTHER (5)',
};

export async function commandSheetPdf(): Promise<Uint8Array> {
  const [{ PDFDocument, StandardFonts, rgb }, bwipjs] = await Promise.all([pdfLib(), bwip()]);
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('Packing Station - command barcodes', { x: 40, y: 800, size: 18, font });
  // Two columns of cards, the words under each barcode: every card fits on one A4 page.
  const rows = Math.ceil(COMMANDS.length / 2);
  const rowHeight = Math.min(120, 740 / rows);
  for (const [i, command] of COMMANDS.entries()) {
    const png = await bwipjs.toBuffer({
      bcid: 'code128',
      text: commandBarcode(command),
      scale: 3,
      height: 14,
    });
    const image = await doc.embedPng(png);
    const width = Math.min(230, image.width * 0.5);
    const height = Math.min((image.height / image.width) * width, rowHeight - 34);
    const x = i % 2 === 0 ? 40 : 315;
    const y = 770 - (Math.floor(i / 2) + 1) * rowHeight + 24;
    page.drawImage(image, { x, y, width, height });
    page.drawText(WORDS[command], { x, y: y - 16, size: 10, font, color: rgb(0, 0, 0) });
  }
  return doc.save();
}
