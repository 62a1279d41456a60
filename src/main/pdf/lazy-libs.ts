// pdf-lib and bwip-js take ~170 ms to load, most of a cold start's module time, while most starts draw no
// PDF for minutes (a label download is checked, a slip or test label drawn, later). They load on first use.
import type bwipjs from 'bwip-js/node';
import type * as PdfLibModule from 'pdf-lib';

export type PdfLib = typeof PdfLibModule;

export async function pdfLib(): Promise<PdfLib> {
  const loaded = (await import('pdf-lib')) as PdfLib & { default?: PdfLib };
  // Bundled (the browser host's esbuild bundle), the CommonJS module's exports come as `default`.
  return loaded.PDFDocument ? loaded : (loaded.default ?? loaded);
}

export async function bwip(): Promise<typeof bwipjs> {
  return (await import('bwip-js/node')).default;
}
