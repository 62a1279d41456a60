// Which print jobs the crash test's own stations handed to CUPS. CAPTURE is shared with every other test
// and bench on this machine, and seeded order codes of other tenants can coincide with ours, so a title
// alone cannot say whose job it was. The station's REAL CUPS driver is wrapped: the intent is fsync'd
// before `lp` runs (so even a print cut short by kill -9 is counted), the CUPS job id once it is accepted.
import type { PrinterDriver } from '../../src/main/printing/types';
import { openDurableLines } from './durable-lines';

export type PrintLogLine =
  | { phase: 'submit'; title: string; pid: number }
  | { phase: 'accepted'; title: string; jobId: string; pid: number };

export function recordingDriver(inner: PrinterDriver, logPath: string): PrinterDriver {
  const log = openDurableLines(logPath);
  return {
    platform: inner.platform,
    listPrinters: () => inner.listPrinters(),
    defaultPrinter: () => inner.defaultPrinter(),
    jobState: (job) => inner.jobState(job),
    async submit(req) {
      log.append({ phase: 'submit', title: req.title, pid: process.pid } satisfies PrintLogLine);
      const job = await inner.submit(req);
      log.append({
        phase: 'accepted',
        title: req.title,
        jobId: job.jobId,
        pid: process.pid,
      } satisfies PrintLogLine);
      return job;
    },
  };
}
