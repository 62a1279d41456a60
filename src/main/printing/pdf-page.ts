// Checks EVERY page of a label PDF before it prints: the page count is capped (a 10-page "label" is an
// error in words, not a roll of wasted labels) and each page's size is compared with the bench media, so
// an A4 marketplace label sent to a 4×6 printer is flagged before it comes out cut off or shrunk. The
// parse runs in a worker (pdf/page-inspector.ts), never on the station's thread.
import { readFile } from 'node:fs/promises';
import { PdfInspectError, sharedPageInspector, type PageInspector } from '../pdf/page-inspector';
import { LABEL_MEDIA, type LabelMedia } from './types';
import { MEDIA_SIZE_PT, MEDIA_WORDS, type SizePt } from './media';

export interface PageSizeWarning {
  expected: SizePt;
  actual: SizePt;
  message: string;
}

/** Sizes within this many points count as the same (PDF producers round mm to pt differently). */
export const SIZE_TOLERANCE_PT = 2;

/** A label is one page, two at most (a label and its customs or return page). */
export const MAX_LABEL_PAGES = 2;

/** Why a label cannot be printed, in words: too many pages, or a file that cannot be read. */
export class LabelPagesError extends Error {
  constructor(
    readonly reason: 'too_many_pages' | 'no_pages' | 'unreadable',
    message: string,
    /** The message's dynamic parts (page counts, the reader's words), for the renderer's key. */
    readonly values: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'LabelPagesError';
  }
}

export interface LabelPagesCheck {
  /** Pages checked, each of which will print. */
  pages: number;
  /** The first page whose size does not match the media, if any. */
  warning: PageSizeWarning | null;
}

async function bytesOf(pdf: string | Uint8Array): Promise<Uint8Array> {
  return typeof pdf === 'string' ? readFile(pdf) : pdf;
}

/** Every page's size in points, rotation applied (up to `maxPages`; more is a LabelPagesError). */
export async function readPageSizes(
  pdf: string | Uint8Array,
  maxPages = MAX_LABEL_PAGES,
  inspector: PageInspector = sharedPageInspector(),
): Promise<SizePt[]> {
  let found;
  try {
    found = await inspector.inspect(await bytesOf(pdf), maxPages);
  } catch (err) {
    if (!(err instanceof PdfInspectError)) throw err;
    throw new LabelPagesError('unreadable', `The label PDF cannot be read (${err.message}).`, {
      why: err.message,
    });
  }
  if (found.count === 0) throw new LabelPagesError('no_pages', 'The label PDF has no pages.');
  if (found.count > maxPages) {
    throw new LabelPagesError(
      'too_many_pages',
      `The label PDF has ${found.count} pages; a label has at most ${maxPages}.`,
      { pages: found.count, max: maxPages },
    );
  }
  return found.pages;
}

/** Size of the first page in points, as shown (rotation applied); any page count (tests read prints). */
export async function readFirstPageSize(pdf: string | Uint8Array): Promise<SizePt> {
  const found = await sharedPageInspector().inspect(await bytesOf(pdf), Number.MAX_SAFE_INTEGER);
  if (found.count === 0) throw new Error('the PDF has no pages');
  return found.pages[0];
}

export function sameSize(a: SizePt, b: SizePt, tolerance = SIZE_TOLERANCE_PT): boolean {
  const fits = (x: SizePt, y: SizePt) => Math.abs(x.w - y.w) <= tolerance && Math.abs(x.h - y.h) <= tolerance;
  return fits(a, b) || fits(a, { w: b.h, h: b.w });
}

/** null when the page matches the media (either orientation), else a warning in words. */
export function compareToMedia(
  actual: SizePt,
  media: LabelMedia,
  fitToPage = false,
  page?: { index: number; of: number },
): PageSizeWarning | null {
  const expected = MEDIA_SIZE_PT[media];
  if (sameSize(actual, expected)) return null;
  const known = LABEL_MEDIA.find((m) => sameSize(actual, MEDIA_SIZE_PT[m]));
  const what = known ? MEDIA_WORDS[known] : `${toMm(actual.w)}×${toMm(actual.h)} mm`;
  const subject = page && page.of > 1 ? `Page ${page.index + 1} of ${page.of} of this label` : 'This label';
  return {
    expected: round(expected),
    actual: round(actual),
    message: fitToPage
      ? `${subject} is ${what} but the printer is set to ${MEDIA_WORDS[media]}: it is scaled to fit, ` +
        `so check that its barcode still scans.`
      : `${subject} is ${what} but the printer is set to ${MEDIA_WORDS[media]}: it may print cut off or ` +
        `at the wrong size. Turn on "fit to page" or change the label size in Settings.`,
  };
}

/** Checks every page: throws LabelPagesError (too many pages, unreadable), else the first size warning. */
export async function checkLabelPages(
  pdf: string | Uint8Array,
  media: LabelMedia,
  options: { fitToPage?: boolean; maxPages?: number; inspector?: PageInspector } = {},
): Promise<LabelPagesCheck> {
  const sizes = await readPageSizes(pdf, options.maxPages ?? MAX_LABEL_PAGES, options.inspector);
  const warnings = sizes.map((size, index) =>
    compareToMedia(size, media, options.fitToPage ?? false, { index, of: sizes.length }),
  );
  return { pages: sizes.length, warning: warnings.find((w) => w !== null) ?? null };
}

/** The first size warning of a label (every page checked), or null. */
export async function checkLabelPage(
  pdf: string | Uint8Array,
  media: LabelMedia,
  fitToPage = false,
): Promise<PageSizeWarning | null> {
  return (await checkLabelPages(pdf, media, { fitToPage })).warning;
}

function toMm(pt: number): number {
  return Math.round((pt * 25.4) / 72);
}

function round(size: SizePt): SizePt {
  return { w: Math.round(size.w * 100) / 100, h: Math.round(size.h * 100) / 100 };
}
