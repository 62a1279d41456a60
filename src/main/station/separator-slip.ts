// A 4×6 in separator slip printed before each label from the labels-pending tray, naming the order in
// big letters, so the packer can match each label to its box.
import { writeFile } from 'node:fs/promises';
import { ensureDir } from '../files/durable-file';
import { join } from 'node:path';
import { CARD_HEIGHT, CARD_MARGIN, labelCard } from '../pdf/label-card';

export async function separatorSlipPdf(
  orderCode: string,
  position: { index: number; total: number },
): Promise<Uint8Array> {
  const card = await labelCard(`Labels pending: ${orderCode}`);
  const { page, regular, black } = card;
  const line = { x: CARD_MARGIN, size: 14, font: regular, color: black };
  page.drawText('NEXT LABEL IS FOR ORDER', { ...line, y: CARD_HEIGHT - 60 });
  card.drawBig(orderCode, CARD_HEIGHT / 2, 40);
  page.drawText(`${position.index} of ${position.total}`, { ...line, y: 40 });
  return card.save();
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
