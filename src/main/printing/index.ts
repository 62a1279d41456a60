// Printing for the station: the right driver for the OS, and the service the packing flow uses.
import { createCupsDriver } from './cups-driver';
import type { CommandRunner } from './run-command';
import type { PrinterDriver } from './types';
import { createWindowsDriver, type PdfToPrinterLoader, type PdfToPrinterModule } from './windows-driver';

export interface PrinterDriverDeps {
  /** CUPS: runs lp / lpstat / cancel (tests inject one to see the argv). */
  run?: CommandRunner;
  /** Windows: pdf-to-printer itself, or a loader for it (loaded lazily by default). */
  pdfToPrinter?: PdfToPrinterModule;
  loadPdfToPrinter?: PdfToPrinterLoader;
}

/** Windows prints through pdf-to-printer; Linux, macOS and the BSDs through CUPS. */
export function createPrinterDriver(
  platform: NodeJS.Platform = process.platform,
  deps: PrinterDriverDeps = {},
): PrinterDriver {
  if (platform === 'win32') {
    return createWindowsDriver({ module: deps.pdfToPrinter, load: deps.loadPdfToPrinter });
  }
  return createCupsDriver({ run: deps.run });
}

export * from './types';
export { PrinterError, type PrinterErrorCode } from './errors';
export { createCupsDriver, type CupsDriver } from './cups-driver';
export { createWindowsDriver, type PdfToPrinterModule } from './windows-driver';
export { createExecFileRunner, type CommandRunner, type CommandResult } from './run-command';
export { createLabelCache, type LabelCache, type CachedLabel } from './label-cache';
export { checkLabelPage, compareToMedia, readFirstPageSize, type PageSizeWarning } from './pdf-page';
export { MEDIA_SIZE_PT, MEDIA_WORDS, CUPS_MEDIA_NAME } from './media';
export {
  createPrintService,
  systemClock,
  type PrintService,
  type PrintServiceOptions,
  type PrintLabelRequest,
  type PrintLabelResult,
  type FollowResult,
  type FollowOptions,
  type PrintTarget,
} from './print-service';
