// The scan goes on once the OS accepted the label job; the job is still followed to the end, so a label
// that never came out (out of labels, paused, stuck) is said loudly instead of being assumed printed. The
// first look waits half a second: lpstat calls at once would only slow CUPS down on this very label.
import { messageFields, type ErrorInfo } from '../../shared/errors';
import type { Logger } from '../log/logger';
import type { PrintService } from '../printing/print-service';
import type { LabelPrinter } from './types';

export interface FollowedPrinterOptions {
  follow: PrintService['follow'];
  log: Logger;
  /** A label job that did not complete, in words the screen shows as it is. */
  onFailed(orderCode: string, error: ErrorInfo): void;
}

export function followedPrinter(printer: LabelPrinter, opts: FollowedPrinterOptions): LabelPrinter {
  const { follow, log, onFailed } = opts;
  return {
    prepare: () => printer.prepare?.(),
    async print(req) {
      const job = await printer.print(req);
      void follow(job, { timeoutMs: 120_000, firstLookAfterMs: 500 }).then(
        (result) => {
          if (result.state === 'completed' || result.state === 'unknown') return;
          log.warn('Print job did not complete', {
            orderCode: req.orderCode,
            jobId: job.jobId,
            state: result.state,
          });
          onFailed(req.orderCode, {
            kind: 'printer',
            step: 'print',
            message: `The label of ${req.orderCode} did not print (job ${job.jobId} on ${job.printer}): ${result.reason}`,
            ...messageFields({
              key: 'stationErrors.jobFailed',
              values: { code: req.orderCode, job: job.jobId, printer: job.printer, reason: result.reason },
            }),
            retryable: true,
            requestId: null,
            httpStatus: null,
          });
        },
        (err: unknown) => log.warn('Could not follow print job', { jobId: job.jobId, error: String(err) }),
      );
      return job;
    },
  };
}
