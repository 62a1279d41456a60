// The pack flow's printer: labels through the print service to the bench's target, each job followed
// after it was accepted; a page-size mismatch is a notice, a job that fails later a typed print:failed.
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../log/logger';
import type { PrintService } from '../printing/print-service';
import type { PrinterDriver } from '../printing/types';
import { followedPrinter } from '../station/followed-printer';
import { printServicePrinter } from '../station/print-service-printer';
import type { LabelPrinter } from '../station/types';
import type { PrintTargets } from './print-target';

export function benchPrinter(deps: {
  printing: PrintService;
  driver: PrinterDriver;
  targets: PrintTargets;
  events: EventBus;
  log: Logger;
}): LabelPrinter {
  const { printing, events } = deps;
  return followedPrinter(
    printServicePrinter({
      service: printing,
      driver: deps.driver,
      target: () => deps.targets.current(),
      onWarning: (orderCode, warning) =>
        events.emit('app:notice', { level: 'warning', message: `${orderCode}: ${warning.message}` }),
    }),
    {
      follow: (job, options) => printing.follow(job, options),
      log: deps.log,
      onFailed: (orderCode, error) => events.emit('print:failed', { orderCode, error }),
    },
  );
}
