// Many PDFs into one, pages in the order given, each page at its own size: a batch prints its slips (or
// anything else the station draws) as ONE job.
import { pdfLib } from '../pdf/lazy-libs';

export async function mergePdfs(files: readonly Uint8Array[], title?: string): Promise<Uint8Array> {
  const { PDFDocument } = await pdfLib();
  const out = await PDFDocument.create();
  if (title) out.setTitle(title);
  out.setCreator('Packing Station');
  for (const bytes of files) {
    const src = await PDFDocument.load(bytes);
    const pages = await out.copyPages(src, src.getPageIndices());
    for (const page of pages) out.addPage(page);
  }
  return out.save();
}
