// What a test compares page by page: each page's size and its content stream bytes as stored.
import { PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';

export interface PageFacts {
  width: number;
  height: number;
  content: string;
}

function streamBytes(page: PDFPage): Buffer {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const parts = streams.map((ref) => {
    const s = page.doc.context.lookup(ref);
    if (!(s instanceof PDFRawStream)) throw new Error('a page content stream is not a raw stream');
    return Buffer.from(s.contents);
  });
  return Buffer.concat(parts);
}

export async function pagesOf(bytes: Uint8Array): Promise<PageFacts[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((p) => {
    const { width, height } = p.getSize();
    return { width, height, content: streamBytes(p).toString('base64') };
  });
}
