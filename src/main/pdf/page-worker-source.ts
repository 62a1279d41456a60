// The code of the PDF page worker (page-inspector.ts), as CommonJS text run with `new Worker(src, { eval:
// true })`. Text rather than a file of its own because the worker must start the same way under the three
// builds that carry this code (electron-vite's main bundle, esbuild's browser-host bundle, vitest running the
// TypeScript sources) and none of them would copy a separate worker entry beside itself. It stays small and
// plain on purpose: pdf-lib does the parsing, this only answers { id, count, pages } or { id, error }.
// pdf-lib is loaded from the absolute path the main thread resolved (workerData.pdfLibPath).

/** Request: { id, bytes: Uint8Array, maxPages }. Reply: { id, count, pages: [{ w, h }] } or { id, error }. */
export const PAGE_WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { PDFDocument } = require(workerData.pdfLibPath);

async function inspect(bytes, maxPages) {
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  const count = doc.getPageCount();
  const pages = [];
  if (count <= maxPages) {
    for (const page of doc.getPages()) {
      const { width, height } = page.getSize();
      const quarterTurns = Math.round(page.getRotation().angle / 90);
      pages.push(quarterTurns % 2 === 0 ? { w: width, h: height } : { w: height, h: width });
    }
  }
  return { count, pages };
}

parentPort.on('message', (msg) => {
  inspect(msg.bytes, msg.maxPages).then(
    (found) => parentPort.postMessage({ id: msg.id, count: found.count, pages: found.pages }),
    (err) => parentPort.postMessage({ id: msg.id, error: String((err && err.message) || err) }),
  );
});
parentPort.postMessage({ ready: true });
`;
