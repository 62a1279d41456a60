// A small return slip for the returns bin (4×6 in, like the labels): the order in big letters, the reason,
// the date and who took it. A label card (pdf/label-card.ts), written into the data dir for the station's printer.
import { join } from 'node:path';
import type { ReturnReason } from '../../shared/orders/options';
import { writeFileAtomic } from '../files/durable-file';
import { CARD_HEIGHT, CARD_MARGIN, CARD_WIDTH, labelCard, printable } from '../pdf/label-card';

/** English on the slip: the bin is read by whoever sorts it, and the API's vocabulary is English. */
export const REASON_WORDS: Record<ReturnReason, string> = {
  customer_request: 'Customer request',
  damaged: 'Damaged',
  wrong_item: 'Wrong item',
  courier_failed: 'Courier failed to deliver',
  other: 'Other',
};

export interface SlipFacts {
  orderCode: string;
  awb: string | null;
  reason: ReturnReason;
  note: string;
  /** The date and time as the station's time zone shows it. */
  when: string;
  who: string | null;
}

export async function returnSlipPdf(f: SlipFacts): Promise<Uint8Array> {
  const card = await labelCard(`Return: ${f.orderCode}`);
  const { page, bold, regular, black } = card;
  page.drawText('RETURN', { x: CARD_MARGIN, y: CARD_HEIGHT - 56, size: 26, font: bold, color: black });
  card.drawBig(f.orderCode, CARD_HEIGHT - 110, 34);
  const lines: [string, string][] = [
    ['Reason', REASON_WORDS[f.reason]],
    ['AWB', f.awb ?? '-'],
    ['Date', f.when],
    ['Who', f.who ?? '-'],
  ];
  let y = CARD_HEIGHT - 160;
  for (const [label, value] of lines) {
    page.drawText(`${label}:`, { x: CARD_MARGIN, y, size: 12, font: regular, color: black });
    page.drawText(fit(value, bold, 14, CARD_WIDTH - 110), { x: 90, y, size: 14, font: bold, color: black });
    y -= 30;
  }
  if (f.note) {
    page.drawText('Note:', { x: CARD_MARGIN, y, size: 12, font: regular, color: black });
    for (const line of wrap(f.note, regular, 11, CARD_WIDTH - 2 * CARD_MARGIN).slice(0, 8)) {
      y -= 16;
      page.drawText(line, { x: CARD_MARGIN, y, size: 11, font: regular, color: black });
    }
  }
  return card.save();
}

interface Measure {
  widthOfTextAtSize(text: string, size: number): number;
}

function fit(text: string, font: Measure, size: number, width: number): string {
  let t = printable(text);
  while (t.length > 1 && font.widthOfTextAtSize(t, size) > width) t = t.slice(0, -1);
  return t;
}

function wrap(text: string, font: Measure, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of printable(text).split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width) line = next;
    else {
      if (line) lines.push(line);
      line = fit(word, font, size, width);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes the slip into `dir` and returns its path for the printer. */
export async function writeReturnSlip(dir: string, id: string, facts: SlipFacts): Promise<string> {
  const path = join(dir, `return-${id}.pdf`);
  await writeFileAtomic(path, await returnSlipPdf(facts));
  return path;
}
