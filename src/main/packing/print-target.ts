// Where a label goes: the printer named in Settings, else the OS default (learnt at start and whenever the
// printers are listed), with the media and scaling of Settings, read at each print so a change applies
// at once.
import type { PrintService, PrintTarget } from '../printing/print-service';
import type { SettingsService } from '../settings/settings-service';

export interface PrintTargets {
  current(): PrintTarget & { fitToPage: boolean };
  /** The OS default printer, when one is known (a printer list, the start-up look). */
  noteDefault(name: string | null): void;
  /** Asks the OS for its default printer once (start-up); never throws. */
  load(): Promise<void>;
}

export function printTargets(
  settings: Pick<SettingsService, 'current'>,
  printing: Pick<PrintService, 'defaultPrinter'>,
): PrintTargets {
  let defaultPrinter: string | null = null;
  return {
    current() {
      const s = settings.current();
      return { printer: s.labelPrinter || defaultPrinter || '', media: s.labelMedia, fitToPage: s.fitToPage };
    },
    noteDefault(name) {
      defaultPrinter = name ?? defaultPrinter;
    },
    async load() {
      defaultPrinter = await printing.defaultPrinter().catch(() => null);
    },
  };
}
