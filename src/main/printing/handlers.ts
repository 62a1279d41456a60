// Printing's channels (src/shared/ipc/printing-channels.ts): the printers the OS knows, and a test label
// on the bench's printer.
import type { HandlersFor } from '../ipc/handlers';
import type { PrintService, PrintTarget } from './print-service';

export interface PrintingHandlerDeps {
  printing: Pick<PrintService, 'listPrinters' | 'testLabel'>;
  target(): PrintTarget;
  /** The OS default printer seen in the list: where labels go when Settings names none. */
  noteDefault(name: string | null): void;
}

export function printingHandlers(
  deps: PrintingHandlerDeps,
): HandlersFor<'printers:list' | 'printers:testLabel'> {
  return {
    'printers:list': async () => {
      const printers = await deps.printing.listPrinters();
      deps.noteDefault(printers.find((p) => p.isDefault)?.name ?? null);
      return printers.map((p) => ({
        name: p.name,
        isDefault: p.isDefault,
        state: p.state,
        detail: p.detail,
      }));
    },
    'printers:testLabel': async () => {
      const t = deps.target();
      const result = await deps.printing.testLabel(t.printer, t.media);
      return { jobId: result.job.jobId, printer: result.job.printer };
    },
  };
}
