// A 4×6 in separator slip printed before each label from the labels-pending tray, naming the order in
// big letters, so the packer can match each label to its box.
import { writeFile } from 'node:fs/promises';
import { ensureDir } from '../files/durable-file';
import { join } from 'node:path';
import { pdfLib } from '../pdf/lazy-libs';

const WIDTH = 4 * 72;
const HEIGHT = 6 * 72;

export async function separatorSlipPdf(
  orderCode: string,
  position: { index: number; total: number },
): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await pdfLib();
  const doc = await PDFDocument.create();
  doc.setTitle(`Labels pending: ${orderCode}`);
  const page = doc.addPage([WIDTH, HEIGHT]);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const black = rgb(0, 0, 0);

  page.drawRectangle({
    x: 12,
    y: 12,
    width: WIDTH - 24,
    height: HEIGHT - 24,
    borderColor: black,
    borderWidth: 3,
  });
  page.drawText('NEXT LABEL IS FOR ORDER', { x: 24, y: HEIGHT - 60, size: 14, font: regular, color: black });
  // Shrink long codes until they fit the slip's width.
  let size = 40;
  while (size > 10 && bold.widthOfTextAtSize(orderCode, size) > WIDTH - 48) size -= 2;
  page.drawText(orderCode, { x: 24, y: HEIGHT / 2, size, font: bold, color: black });
  page.drawText(`${position.index} of ${position.total}`, {
    x: 24,
    y: 40,
    size: 14,
    font: regular,
    color: black,
  });
  return doc.save();
}

/** Writes the slip into the data dir and returns its path for the printer. */
export async function writeSeparatorSlip(
  dir: string,
  orderCode: string,
  position: { index: number; total: number },
): Promise<string> {
  await ensureDir(dir);
  const path = join(dir, `slip-${position.index}-${orderCode.replace(/[^A-Za-z0-9_-]/g, '_')}.pdf`);
  await writeFile(path, await separatorSlipPdf(orderCode, position));
  return path;
}
