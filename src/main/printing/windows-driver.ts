// Windows printing through pdf-to-printer (SumatraPDF). The module is loaded lazily so Linux and macOS
// never touch it, and is injectable so tests assert the exact arguments. Windows only says "spooled".
// pdf-to-printer starts SumatraPDF and PowerShell with this process's environment: every call first
// removes the station's secrets from it (forgetSecretEnv), so they never reach those children.
import { PrinterError, describeRejection } from './errors';
import { forgetSecretEnv } from './run-command';
import type { JobState, PrintJob, PrintRequest, PrinterDriver, PrinterInfo } from './types';

/** The part of pdf-to-printer the station uses (its own types, restated to keep the import lazy). */
export interface PdfToPrinterModule {
  print(
    pdf: string,
    options?: { printer?: string; scale?: 'noscale' | 'shrink' | 'fit'; paperSize?: string; copies?: number },
  ): Promise<void>;
  getPrinters(): Promise<{ name: string; deviceId: string; paperSizes: string[] }[]>;
  getDefaultPrinter(): Promise<{ name: string } | null>;
}

export type PdfToPrinterLoader = () => Promise<PdfToPrinterModule>;

// SumatraPDF knows standard paper by name only; label sizes use the printer's own default form.
const PAPER_SIZE: Partial<Record<PrintRequest['media'], string>> = { A6: 'A6', A4: 'A4' };

export const loadPdfToPrinter: PdfToPrinterLoader = async () => {
  // A CommonJS bundle: plain Node exposes it as `default` only, bundlers may expose the names.
  const imported: Partial<PdfToPrinterModule> & { default?: PdfToPrinterModule } =
    await import('pdf-to-printer');
  const mod = imported.default ?? imported;
  if (!mod.print || !mod.getPrinters || !mod.getDefaultPrinter) {
    throw new PrinterError('Windows printing could not be loaded (pdf-to-printer).', {
      code: 'not_installed',
      key: { key: 'printerErrors.windowsNotLoaded' },
    });
  }
  return { print: mod.print, getPrinters: mod.getPrinters, getDefaultPrinter: mod.getDefaultPrinter };
};

export function createWindowsDriver(deps: { module?: PdfToPrinterModule; load?: PdfToPrinterLoader } = {}) {
  let loaded: Promise<PdfToPrinterModule> | null = deps.module ? Promise.resolve(deps.module) : null;
  const load = (): Promise<PdfToPrinterModule> => {
    forgetSecretEnv();
    return (loaded ??= (deps.load ?? loadPdfToPrinter)().catch((reason: unknown) => {
      loaded = null; // let the next print try again
      throw toPrinterError('load Windows printing', null, reason);
    }));
  };
  let jobCounter = 0;

  async function attempt<T>(what: string, printer: string | null, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (reason) {
      throw toPrinterError(what, printer, reason);
    }
  }

  const driver: PrinterDriver & { readonly platform: 'windows' } = {
    platform: 'windows',

    async listPrinters(): Promise<PrinterInfo[]> {
      const mod = await load();
      const [printers, def] = await attempt('list the printers', null, () =>
        Promise.all([mod.getPrinters(), mod.getDefaultPrinter()]),
      );
      return printers.map((p) => ({ name: p.name, isDefault: p.name === def?.name, state: 'unknown' }));
    },

    async defaultPrinter(): Promise<string | null> {
      const mod = await load();
      const def = await attempt('find the default printer', null, () => mod.getDefaultPrinter());
      return def?.name ?? null;
    },

    async submit(req: PrintRequest): Promise<PrintJob> {
      const mod = await load();
      const printers = await attempt('list the printers', req.printer, () => mod.getPrinters());
      if (!printers.some((p) => p.name === req.printer)) {
        throw new PrinterError(`Printer ${req.printer} does not exist — choose one in Settings.`, {
          code: 'unknown_printer',
          printer: req.printer,
          action: 'Choose an existing printer in Settings.',
          key: { key: 'printerErrors.unknownPrinter', values: { printer: req.printer } },
        });
      }
      const paperSize = PAPER_SIZE[req.media];
      const copies = Math.max(1, Math.min(99, Math.trunc(req.copies ?? 1)));
      await attempt(`print on ${req.printer}`, req.printer, () =>
        mod.print(req.file, {
          printer: req.printer,
          scale: req.fitToPage ? 'fit' : 'noscale',
          ...(paperSize ? { paperSize } : {}),
          ...(copies > 1 ? { copies } : {}),
        }),
      );
      // The spooler gives no job id back; a local one lets the flow refer to this job.
      jobCounter += 1;
      return { jobId: `win-${Date.now()}-${jobCounter}`, printer: req.printer };
    },

    async jobState(_job: PrintJob): Promise<JobState> {
      return { state: 'unknown', reason: 'Windows reports the job as spooled, not printed' };
    },
  };
  return driver;
}

/** pdf-to-printer rejects with Errors, plain strings or nothing at all: always a PrinterError out. */
export function toPrinterError(what: string, printer: string | null, reason: unknown): PrinterError {
  if (reason instanceof PrinterError) return reason;
  const detail = describeRejection(reason).trim();
  if (/operating system not supported/i.test(detail)) {
    return new PrinterError('Windows printing is not available on this computer.', {
      code: 'not_installed',
      printer,
      detail,
      cause: reason,
      key: { key: 'printerErrors.windowsUnavailable' },
    });
  }
  if (/no such file|no pdf specified/i.test(detail)) {
    return new PrinterError('The label file is gone before it could be printed.', {
      code: 'file_missing',
      printer,
      action: 'Fetch the label again.',
      detail,
      cause: reason,
      key: { key: 'printerErrors.fileGone' },
    });
  }
  return new PrinterError(`Could not ${what}: ${detail || 'Windows gave no reason'}.`, {
    code: 'refused',
    printer,
    action: 'Check the printer is on and connected, then print again.',
    detail,
    cause: reason,
    key: detail
      ? {
          key: 'printerErrors.windowsRefused',
          values: { what: whatKey(what), printer: printer ?? '', why: detail },
        }
      : { key: 'printerErrors.windowsNoReason', values: { what: whatKey(what), printer: printer ?? '' } },
  });
}

/** What the driver was doing, as printerErrors.windowsWhat's key. */
function whatKey(what: string): string {
  if (what.startsWith('print on ')) return 'print';
  if (what === 'list the printers') return 'list';
  if (what === 'find the default printer') return 'default';
  return 'load';
}
