// Merges the batch's label PDFs OFF the main thread, as the page inspector reads them (pdf/page-inspector.ts):
// labels come from outside and pdf-lib is a full parser, so the merge runs in a one-shot worker with its own
// heap and stack limits and a timeout. pdf-lib copies each page with its own MediaBox, so every page keeps
// its true size; pages are added in the order of `files`.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const MERGE_WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { readFile } = require('node:fs/promises');
const { PDFDocument } = require(workerData.pdfLibPath);

(async () => {
  const out = await PDFDocument.create();
  for (const file of workerData.files) {
    const src = await PDFDocument.load(await readFile(file), { ignoreEncryption: true, updateMetadata: false });
    for (const page of await out.copyPages(src, src.getPageIndices())) out.addPage(page);
  }
  const bytes = await out.save();
  parentPort.postMessage({ bytes, pages: out.getPageCount() }, [bytes.buffer]);
})().catch((err) => parentPort.postMessage({ error: String((err && err.message) || err) }));
`;

const LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 };

export function mergeInWorker(
  files: readonly string[],
  timeoutMs = 120_000,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const pdfLibPath = createRequire(import.meta.url).resolve('pdf-lib');
  return new Promise((resolve, reject) => {
    const w = new Worker(MERGE_WORKER_SOURCE, {
      eval: true,
      workerData: { pdfLibPath, files: [...files] },
      resourceLimits: LIMITS,
      env: {},
      stdin: false,
    });
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void w.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(new Error(`merging the labels took longer than ${timeoutMs / 1000} s`))),
      timeoutMs,
    );
    w.on('message', (reply: { bytes?: Uint8Array; pages?: number; error?: string }) =>
      settle(() =>
        reply.error !== undefined || !reply.bytes
          ? reject(new Error(`the labels could not be merged: ${reply.error ?? 'no answer'}`))
          : resolve({ bytes: reply.bytes, pages: reply.pages ?? 0 }),
      ),
    );
    w.on('error', (err) => settle(() => reject(new Error(`the label merge stopped: ${err.message}`))));
    w.on('exit', (code) => settle(() => reject(new Error(`the label merge stopped (exit ${code})`))));
  });
}
