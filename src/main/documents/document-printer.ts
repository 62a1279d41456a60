// The document printer: slips, manifests, the command sheet and reports go here, never to the label
// printer. Our own PDFs (drawn by the station, so no page cap or untrusted-file check as for labels) are
// kept in the data dir (0600) and handed to the same OS driver as labels, on the document printer's paper.
import { join } from 'node:path';
import type { DocumentMedia } from '../../shared/ipc/settings';
import { writeFileAtomic } from '../files/durable-file';
import { StationError } from '../errors/station-error';
import type { PrinterDriver, PrintJob } from '../printing/types';
import type { SettingsService } from '../settings/settings-service';

export interface DocumentTarget {
  printer: string;
  media: DocumentMedia;
}

export interface DocumentPrinter {
  /** Where documents go now: Settings' document printer, else the OS default. */
  target(): Promise<DocumentTarget>;
  /** Keeps `bytes` as `<name>.pdf` in the documents folder and prints it as one job. */
  print(
    bytes: Uint8Array,
    name: string,
    options?: { fitToPage?: boolean },
  ): Promise<PrintJob & { file: string }>;
  /** Keeps the PDF without printing (a report saved for later). */
  save(bytes: Uint8Array, name: string): Promise<string>;
  /** Keeps a text file (a CSV) beside the documents; `name` ends with its extension. */
  saveText(text: string, name: string): Promise<string>;
}

export interface DocumentPrinterDeps {
  driver: PrinterDriver;
  settings: Pick<SettingsService, 'current'>;
  /** Folder the printed documents are kept in. */
  dir: string;
}

/** A file name from words: letters, digits, dash and underscore only. */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 120) || 'document';
}

export function createDocumentPrinter(deps: DocumentPrinterDeps): DocumentPrinter {
  let osDefault: Promise<string | null> | null = null;

  async function target(): Promise<DocumentTarget> {
    const s = deps.settings.current();
    if (s.documentPrinter) return { printer: s.documentPrinter, media: s.documentMedia };
    osDefault ??= deps.driver.defaultPrinter().catch(() => null);
    const fallback = (await osDefault) ?? '';
    if (!fallback) {
      osDefault = null; // ask again next time: a printer may be installed meanwhile
      throw new StationError({
        kind: 'printer',
        step: 'print',
        message: 'No document printer is chosen and this computer has no default printer.',
        action: 'Choose the document printer in Settings.',
        key: { key: 'benchErrors.noDocumentPrinter' },
      });
    }
    return { printer: fallback, media: s.documentMedia };
  }

  async function save(bytes: Uint8Array, name: string): Promise<string> {
    const file = join(deps.dir, `${safeName(name)}.pdf`);
    await writeFileAtomic(file, bytes);
    return file;
  }

  return {
    target,
    save,
    async saveText(text, name) {
      const dot = name.lastIndexOf('.');
      const ext = dot > 0 ? name.slice(dot).replace(/[^.A-Za-z0-9]/g, '') : '.txt';
      const file = join(deps.dir, `${safeName(dot > 0 ? name.slice(0, dot) : name)}${ext}`);
      await writeFileAtomic(file, text);
      return file;
    },
    async print(bytes, name, options = {}) {
      const t = await target();
      const file = await save(bytes, name);
      const job = await deps.driver.submit({
        file,
        printer: t.printer,
        media: t.media,
        fitToPage: options.fitToPage ?? false,
        title: name,
      });
      return { ...job, file };
    },
  };
}
