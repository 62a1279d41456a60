// Checks a label PDF's first page against the bench media, so an A4 marketplace label sent to a 4×6
// printer is flagged before it comes out cut off or shrunk.
import { readFile } from 'node:fs/promises';
import { pdfLib } from '../pdf/lazy-libs';
import { LABEL_MEDIA, type LabelMedia } from './types';
import { MEDIA_SIZE_PT, MEDIA_WORDS, type SizePt } from './media';

export interface PageSizeWarning {
  expected: SizePt;
  actual: SizePt;
  message: string;
}

/** Sizes within this many points count as the same (PDF producers round mm to pt differently). */
export const SIZE_TOLERANCE_PT = 2;

/** Size of the first page in points, as shown (rotation applied). */
export async function readFirstPageSize(pdf: string | Uint8Array): Promise<SizePt> {
  const bytes = typeof pdf === 'string' ? await readFile(pdf) : pdf;
  const { PDFDocument } = await pdfLib();
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  if (doc.getPageCount() === 0) throw new Error('the PDF has no pages');
  const page = doc.getPage(0);
  const { width, height } = page.getSize();
  const quarterTurns = Math.round(page.getRotation().angle / 90);
  return quarterTurns % 2 === 0 ? { w: width, h: height } : { w: height, h: width };
}

export function sameSize(a: SizePt, b: SizePt, tolerance = SIZE_TOLERANCE_PT): boolean {
  const fits = (x: SizePt, y: SizePt) => Math.abs(x.w - y.w) <= tolerance && Math.abs(x.h - y.h) <= tolerance;
  return fits(a, b) || fits(a, { w: b.h, h: b.w });
}

/** null when the page matches the media (either orientation), else a warning in words. */
export function compareToMedia(actual: SizePt, media: LabelMedia, fitToPage = false): PageSizeWarning | null {
  const expected = MEDIA_SIZE_PT[media];
  if (sameSize(actual, expected)) return null;
  const known = LABEL_MEDIA.find((m) => sameSize(actual, MEDIA_SIZE_PT[m]));
  const what = known ? MEDIA_WORDS[known] : `${toMm(actual.w)}×${toMm(actual.h)} mm`;
  return {
    expected: round(expected),
    actual: round(actual),
    message: fitToPage
      ? `This label is ${what} but the printer is set to ${MEDIA_WORDS[media]}: it is scaled to fit, ` +
        `so check that its barcode still scans.`
      : `This label is ${what} but the printer is set to ${MEDIA_WORDS[media]}: it may print cut off or ` +
        `at the wrong size. Turn on "fit to page" or change the label size in Settings.`,
  };
}

export async function checkLabelPage(
  pdf: string | Uint8Array,
  media: LabelMedia,
  fitToPage = false,
): Promise<PageSizeWarning | null> {
  return compareToMedia(await readFirstPageSize(pdf), media, fitToPage);
}

function toMm(pt: number): number {
  return Math.round((pt * 25.4) / 72);
}

function round(size: SizePt): SizePt {
  return { w: Math.round(size.w * 100) / 100, h: Math.round(size.h * 100) / 100 };
}
