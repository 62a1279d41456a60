// The production LabelPrinter: labels go through the print service (PDF check, media check, kept for
// reprint); separator slips go straight to the driver so they never replace an order's cached label.
import type { PageSizeWarning } from '../printing/pdf-page';
import type { PrintService, PrintTarget } from '../printing/print-service';
import type { PrinterDriver } from '../printing/types';
import type { LabelPrinter } from './types';

export interface PrintServicePrinterOptions {
  service: Pick<PrintService, 'printLabel'> & Partial<Pick<PrintService, 'prepare'>>;
  driver: Pick<PrinterDriver, 'submit'>;
  /** The bench's printer and media, read at each print so a Settings change applies at once. */
  target: () => PrintTarget;
  /** The label printed but its page does not match the media: the screen should say so. */
  onWarning?: (orderCode: string, warning: PageSizeWarning) => void;
}

export function printServicePrinter(opts: PrintServicePrinterOptions): LabelPrinter {
  return {
    prepare() {
      opts.service.prepare?.(opts.target());
    },
    async print({ orderCode, file, kind }) {
      const target = opts.target();
      if (kind === 'separator') {
        return opts.driver.submit({
          file,
          printer: target.printer,
          media: target.media,
          fitToPage: true,
          title: `labels pending: ${orderCode}`,
        });
      }
      const result = await opts.service.printLabel({ ...target, orderCode, file });
      if (result.warning) opts.onWarning?.(orderCode, result.warning);
      return result.job;
    },
  };
}
