// The document printer's channels (src/shared/ipc/documents-channels.ts) and the command sheet, which is
// printed there now (and still kept in the data dir).
import type { HandlersFor } from '../ipc/handlers';
import { commandSheetPdf } from '../station/command-sheet';
import type { DocumentPrinter } from './document-printer';
import type { Slips } from './slips';
import { documentTestPagePdf } from './test-page';

type DocumentsChannel =
  'documents:testPage' | 'documents:printSlip' | 'documents:printSlips' | 'commands:printSheet';

export interface DocumentsHandlerDeps {
  printer: DocumentPrinter;
  slips: Slips;
  now(): Date;
}

export function documentsHandlers(deps: DocumentsHandlerDeps): HandlersFor<DocumentsChannel> {
  const { printer, slips } = deps;
  return {
    'documents:testPage': async () => {
      const t = await printer.target();
      const job = await printer.print(
        await documentTestPagePdf({ ...t, printedAt: deps.now() }),
        `test-page-${t.media}`,
      );
      return { jobId: job.jobId, printer: job.printer };
    },
    'documents:printSlip': async ({ orderCode }) => {
      const job = await slips.printSlip(orderCode);
      return { jobId: job.jobId, printer: job.printer };
    },
    'documents:printSlips': async ({ orderCodes }) => {
      const r = await slips.printSlips(orderCodes);
      if (!r.job) throw new Error('unreachable: printSlips returns a job or throws');
      return { job: { jobId: r.job.jobId, printer: r.job.printer }, printed: r.included, missing: r.missing };
    },
    'commands:printSheet': async () => {
      const t = await printer.target();
      // The sheet is drawn on A4; on A6 paper it is scaled to fit rather than cut off.
      const job = await printer.print(await commandSheetPdf(), 'command-barcodes', {
        fitToPage: t.media !== 'A4',
      });
      return { path: job.file, jobId: job.jobId };
    },
  };
}
