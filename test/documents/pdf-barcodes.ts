// Reads the barcodes back out of a PDF the station drew: every image XObject on every page (pdf-lib
// stores bwip-js's PNG as Flate-compressed RGB), inflated to pixels and decoded by ZXing's Code128
// reader — a real decode of the printed bytes, not a look at what we meant to encode.
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import type * as ZXing from '@zxing/library';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';

// ZXing ships CommonJS whose named exports Playwright's ESM loader cannot see: required, typed as itself.
const {
  BarcodeFormat,
  BinaryBitmap,
  Code128Reader,
  DecodeHintType,
  GlobalHistogramBinarizer,
  RGBLuminanceSource,
} = createRequire(import.meta.url)('@zxing/library') as typeof ZXing;

/** Gray levels of the image as printed on white paper (its soft mask, if any, applied). */
function luminance(stream: PDFRawStream): { pixels: Uint8ClampedArray; width: number; height: number } {
  const num = (k: string): number => (stream.dict.lookup(PDFName.of(k), PDFNumber) as PDFNumber).asNumber();
  const width = num('Width');
  const height = num('Height');
  const raw = inflateSync(stream.contents);
  const channels = raw.length / (width * height);
  if (![1, 3].includes(channels)) throw new Error(`unexpected image layout: ${channels} bytes per pixel`);
  const pixels = new Uint8ClampedArray(width * height);
  for (let i = 0; i < pixels.length; i++) {
    pixels[i] =
      channels === 1
        ? raw[i]
        : Math.round((raw[i * 3] * 299 + raw[i * 3 + 1] * 587 + raw[i * 3 + 2] * 114) / 1000);
  }
  const mask = stream.dict.lookup(PDFName.of('SMask'));
  if (mask instanceof PDFRawStream) {
    const alpha = inflateSync(mask.contents);
    for (let i = 0; i < pixels.length; i++)
      pixels[i] = Math.round((pixels[i] * alpha[i] + 255 * (255 - alpha[i])) / 255);
  }
  return { pixels, width, height };
}

/** Every Code128 barcode in the PDF, page by page; an image that is not one throws. */
export async function decodePdfBarcodes(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const reader = new Code128Reader();
  const hints = new Map<ZXing.DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128]],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  const found: string[] = [];
  for (const page of doc.getPages()) {
    const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
    if (!xobjects) continue;
    for (const name of xobjects.keys()) {
      const stream = xobjects.lookup(name);
      if (!(stream instanceof PDFRawStream)) continue;
      if (stream.dict.lookup(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
      // A soft mask (alpha) belongs to its image and is not a barcode of its own.
      if (
        stream.dict.lookup(PDFName.of('ColorSpace')) === PDFName.of('DeviceGray') &&
        isMask(xobjects, stream)
      )
        continue;
      const { pixels, width, height } = luminance(stream);
      const bitmap = new BinaryBitmap(
        new GlobalHistogramBinarizer(new RGBLuminanceSource(pixels, width, height)),
      );
      found.push(reader.decode(bitmap, hints).getText());
    }
  }
  return found;
}

function isMask(xobjects: PDFDict, candidate: PDFRawStream): boolean {
  for (const name of xobjects.keys()) {
    const other = xobjects.lookup(name);
    if (other instanceof PDFRawStream && other.dict.lookup(PDFName.of('SMask')) === candidate) return true;
  }
  return false;
}
