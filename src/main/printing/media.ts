// The bench's label media: true size in PDF points and the names each print system knows them by.
import type { LabelMedia } from './types';

export interface SizePt {
  w: number;
  h: number;
}

const MM = 72 / 25.4;

/** Portrait sizes in points (1/72 in). */
export const MEDIA_SIZE_PT: Record<LabelMedia, SizePt> = {
  '4x6in': { w: 288, h: 432 },
  '100x150mm': { w: 100 * MM, h: 150 * MM },
  A6: { w: 105 * MM, h: 148 * MM },
  A4: { w: 210 * MM, h: 297 * MM },
};

/** CUPS `-o media=` values; the capture queue shows CUPS passes them through unchanged. */
export const CUPS_MEDIA_NAME: Record<LabelMedia, string> = {
  '4x6in': 'Custom.4x6in',
  '100x150mm': 'Custom.100x150mm',
  A6: 'A6',
  A4: 'A4',
};

/** Words for screens and warnings. */
export const MEDIA_WORDS: Record<LabelMedia, string> = {
  '4x6in': '4×6 in label',
  '100x150mm': '100×150 mm label',
  A6: 'A6 (105×148 mm)',
  A4: 'A4 (210×297 mm)',
};
