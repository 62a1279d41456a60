// A small return slip for the returns bin (4×6 in, like the labels): the order in big letters, the reason,
// the date and who took it. pdf-lib, written into the data dir for the station's printer.
import { join } from 'node:path';
import type { ReturnReason } from '../../shared/orders/options';
import { writeFileAtomic } from '../files/durable-file';
import { pdfLib } from '../pdf/lazy-libs';

const WIDTH = 4 * 72;
const HEIGHT = 6 * 72;

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
  const { PDFDocument, StandardFonts, rgb } = await pdfLib();
  const doc = await PDFDocument.create();
  doc.setTitle(`Return: ${f.orderCode}`);
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
  page.drawText('RETURN', { x: 24, y: HEIGHT - 56, size: 26, font: bold, color: black });
  let size = 34;
  while (size > 10 && bold.widthOfTextAtSize(f.orderCode, size) > WIDTH - 48) size -= 2;
  page.drawText(f.orderCode, { x: 24, y: HEIGHT - 110, size, font: bold, color: black });
  const lines: [string, string][] = [
    ['Reason', REASON_WORDS[f.reason]],
    ['AWB', f.awb ?? '-'],
    ['Date', f.when],
    ['Who', f.who ?? '-'],
  ];
  let y = HEIGHT - 160;
  for (const [label, value] of lines) {
    page.drawText(`${label}:`, { x: 24, y, size: 12, font: regular, color: black });
    page.drawText(fit(value, bold, 14, WIDTH - 110), { x: 90, y, size: 14, font: bold, color: black });
    y -= 30;
  }
  if (f.note) {
    page.drawText('Note:', { x: 24, y, size: 12, font: regular, color: black });
    for (const line of wrap(f.note, regular, 11, WIDTH - 48).slice(0, 8)) {
      y -= 16;
      page.drawText(line, { x: 24, y, size: 11, font: regular, color: black });
    }
  }
  return doc.save();
}

interface Measure {
  widthOfTextAtSize(text: string, size: number): number;
  encodeText(text: string): unknown;
}

/** Standard fonts draw WinAnsi only: anything else becomes '?', never an exception at print time. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '?');
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
