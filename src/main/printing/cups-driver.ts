// Linux / macOS printing through CUPS' own tools (lp, lpstat, cancel), always with argument arrays.
// CUPS accepts jobs for a paused queue and would hold them silently, so submit checks the queue first —
// with a check remembered per printer for a short while (READY_CHECK_MAX_AGE_MS), refreshed by prepare()
// while the scan's API calls run.
import { failure, notAccepting, pausedError, unknownPrinter } from './cups-errors';
import {
  blockingReason,
  messageSaysOutOfMedia,
  parseAccepting,
  parseDefaultDestination,
  parseDestinationNames,
  parseJobList,
  parsePrinterStatuses,
  parseRequestId,
  reasonInWords,
  statusLooksFailed,
  type CupsPrinterStatus,
} from './cups-parse';
import { PrinterError } from './errors';
import { CUPS_MEDIA_NAME } from './media';
import { COMMAND_NOT_FOUND, createExecFileRunner } from './run-command';
import type { CommandResult, CommandRunner } from './run-command';
import type { JobState, PrintJob, PrintRequest, PrinterDriver, PrinterInfo } from './types';

export interface CupsDriver extends PrinterDriver {
  readonly platform: 'cups';
  /** Throws a PrinterError in words unless the queue exists, is enabled and accepts jobs. */
  checkReady(printer: string): Promise<void>;
  /** Checks the queue ahead of a print unless a recent check found it ready (never throws). */
  prepare(printer: string): void;
  /** Drops the remembered check: the next submit looks at the queue again. */
  forget(printer: string): void;
  cancel(job: PrintJob): Promise<void>;
}

// CUPS queue names: printable, no spaces, slashes, '#' or quotes. A leading '-' could pass as an option.
const PRINTER_NAME = /^[^\s/\\#'"-][^\s/\\#'"]{0,126}$/;

/**
 * How long a queue check that found the printer ready stands in for the next submits' own (per printer).
 * A queue paused after the check holds the job either way (as it would if paused a moment after a
 * synchronous check), and following the job says so loudly (held / stopped) within a second; a failed
 * submit or follow forgets the check. Only "ready" is remembered: a check that found a problem is made
 * again at the next print. Each check is an `lpstat` process, and starting a process blocks the station's
 * thread for milliseconds (fork of a large process), so this keeps it off most scans.
 */
export const READY_CHECK_MAX_AGE_MS = 30_000;

/** prepare() refreshes a remembered check older than this, while the label is fetched, off the print. */
export const READY_CHECK_REFRESH_MS = 10_000;

/** Kept name: a check made ahead is used while it is this fresh (the same rule as a remembered one). */
export const PREPARED_CHECK_MAX_AGE_MS = READY_CHECK_MAX_AGE_MS;

export function createCupsDriver(deps: { run?: CommandRunner; now?: () => number } = {}): CupsDriver {
  const run = deps.run ?? createExecFileRunner();
  const now = deps.now ?? Date.now;
  /** Per printer, the latest queue check (running or done) and when it started. */
  const checks = new Map<string, { startedAt: number; check: Promise<void>; ok: boolean | null }>();

  async function call(cmd: string, args: string[], printer: string | null): Promise<CommandResult> {
    const result = await run(cmd, args);
    if (result.code === COMMAND_NOT_FOUND) {
      throw new PrinterError(
        `Printing is not set up on this computer: the CUPS command "${cmd}" is missing.`,
        {
          code: 'not_installed',
          printer,
          action: 'Install CUPS (Debian/Ubuntu: the cups-client package) and restart the station.',
          detail: result.stderr,
          key: { key: 'printerErrors.cupsMissing', values: { command: cmd } },
        },
      );
    }
    return result;
  }

  function checkName(printer: string): void {
    if (!PRINTER_NAME.test(printer)) throw unknownPrinter(printer, 'not a valid CUPS queue name');
  }

  async function printerStatus(printer: string): Promise<CupsPrinterStatus> {
    const result = await call('lpstat', ['-l', '-p', printer], printer);
    if (result.code !== 0) throw failure(result, printer);
    const status = parsePrinterStatuses(result.stdout).find((p) => p.name === printer);
    if (!status) throw unknownPrinter(printer, result.stdout);
    return status;
  }

  async function isListedDestination(printer: string): Promise<boolean> {
    const names = await call('lpstat', ['-e'], printer);
    return names.code === 0 && parseDestinationNames(names.stdout).includes(printer);
  }

  async function checkReady(printer: string): Promise<void> {
    checkName(printer);
    const result = await call('lpstat', ['-l', '-p', printer, '-a', printer], printer);
    const status = parsePrinterStatuses(result.stdout).find((p) => p.name === printer);
    if (result.code !== 0 || !status) {
      const error = result.code !== 0 ? failure(result, printer) : unknownPrinter(printer, result.stdout);
      // Driverless network printers are listed by `lpstat -e` but get a queue only when the first job
      // arrives; lp can print to them, so only a name CUPS does not list at all is unknown.
      if (error.code === 'unknown_printer' && (await isListedDestination(printer))) return;
      throw error;
    }
    if (status.state === 'paused') throw pausedError(status);
    if (parseAccepting(result.stdout).get(printer) === false) throw notAccepting(printer, result.stdout);
  }

  /** Starts a check and remembers it (its outcome too: only a "ready" is used again). */
  function startCheck(printer: string): Promise<void> {
    const entry = { startedAt: now(), check: checkReady(printer), ok: null as boolean | null };
    entry.check.then(
      () => (entry.ok = true),
      () => {
        entry.ok = false;
        if (checks.get(printer) === entry) checks.delete(printer);
      },
    );
    checks.set(printer, entry);
    return entry.check;
  }

  /** A fresh remembered or running check for this printer, else a new one; a failed one is made again. */
  async function readyToSubmit(printer: string): Promise<void> {
    const known = checks.get(printer);
    if (known && known.ok !== false && now() - known.startedAt <= READY_CHECK_MAX_AGE_MS) {
      try {
        return await known.check;
      } catch {
        // Not ready then; it may have been fixed since, so the answer that counts is a fresh look.
      }
    }
    await startCheck(printer);
  }

  return {
    platform: 'cups',
    checkReady,

    prepare(printer: string): void {
      if (!PRINTER_NAME.test(printer)) return; // submit refuses it in words
      const known = checks.get(printer);
      if (known && (known.ok === null || now() - known.startedAt < READY_CHECK_REFRESH_MS)) return;
      startCheck(printer).catch(() => undefined); // submit looks again and reports
    },

    forget(printer: string): void {
      checks.delete(printer);
    },

    async listPrinters(): Promise<PrinterInfo[]> {
      const [names, statuses, def] = await Promise.all([
        call('lpstat', ['-e'], null),
        call('lpstat', ['-p'], null),
        call('lpstat', ['-d'], null),
      ]);
      // "No destinations added" is lpstat's way to say the list is empty.
      if (names.code !== 0 && !/no destinations/i.test(names.stderr)) throw failure(names, null);
      const byName = new Map(parsePrinterStatuses(statuses.stdout).map((s) => [s.name, s]));
      const defaultName = parseDefaultDestination(def.stdout);
      return parseDestinationNames(names.stdout).map((name) => {
        const status = byName.get(name);
        return {
          name,
          isDefault: name === defaultName,
          state: status?.state ?? 'unknown',
          ...(status?.message ? { detail: status.message } : {}),
        };
      });
    },

    async defaultPrinter(): Promise<string | null> {
      const result = await call('lpstat', ['-d'], null);
      if (result.code !== 0 && !/no (system )?default/i.test(`${result.stdout}${result.stderr}`)) {
        throw failure(result, null);
      }
      return parseDefaultDestination(result.stdout);
    },

    async submit(req: PrintRequest): Promise<PrintJob> {
      await readyToSubmit(req.printer);
      const copies = Math.max(1, Math.min(99, Math.trunc(req.copies ?? 1)));
      // Control characters in a title would garble lpstat's line-based output.
      const title = stripControlChars(req.title).slice(0, 127) || 'label';
      const args = [
        '-d',
        req.printer,
        '-t',
        title,
        '-n',
        String(copies),
        '-o',
        `media=${CUPS_MEDIA_NAME[req.media]}`,
      ];
      args.push('-o', req.fitToPage ? 'fit-to-page' : 'print-scaling=none', '--', req.file);
      const result = await call('lp', args, req.printer);
      if (result.code !== 0) {
        checks.delete(req.printer);
        throw failure(result, req.printer);
      }
      const jobId = parseRequestId(result.stdout);
      if (!jobId) {
        throw new PrinterError(`Printer ${req.printer} gave no job number back: ${result.stdout.trim()}`, {
          code: 'unknown',
          printer: req.printer,
          detail: result.stdout,
          key: {
            key: 'printerErrors.noJobNumber',
            values: { printer: req.printer, said: result.stdout.trim() },
          },
        });
      }
      return { jobId, printer: req.printer };
    },

    async jobState(job: PrintJob): Promise<JobState> {
      const state = await jobStateOf(job);
      // A job that cannot go on says the queue is not fine: the next print looks at it again.
      if (state.state === 'held' || state.state === 'stopped' || state.state === 'failed')
        checks.delete(job.printer);
      return state;
    },

    async cancel(job: PrintJob): Promise<void> {
      checkName(job.printer);
      const result = await call('cancel', [job.jobId], job.printer);
      if (result.code !== 0) throw failure(result, job.printer);
    },
  };

  async function jobStateOf(job: PrintJob): Promise<JobState> {
    checkName(job.printer);
    // The open jobs and the printer's state in one process: a spawn blocks the station's thread for
    // milliseconds, and a job being printed is looked at every second.
    const args = ['-l', '-W', 'not-completed', '-o', job.printer, '-p', job.printer];
    const open = await call('lpstat', args, job.printer);
    if (open.code !== 0) throw failure(open, job.printer);
    const queued = parseJobList(open.stdout).find((j) => j.jobId === job.jobId);
    if (queued) {
      if (queued.reasons.some((r) => r.startsWith('job-hold-until'))) {
        return {
          state: 'held',
          reason: `The label is held in the queue of printer ${job.printer} — release it there or print it again.`,
        };
      }
      const printer =
        parsePrinterStatuses(open.stdout).find((p) => p.name === job.printer) ??
        (await printerStatus(job.printer));
      if (printer.state === 'paused') return { state: 'stopped', reason: pausedError(printer).message };
      const blocking = blockingReason(printer.reasons);
      if (blocking) return { state: 'stopped', reason: `Printer ${job.printer} ${reasonInWords(blocking)}.` };
      return { state: printer.printingJob === job.jobId ? 'processing' : 'pending' };
    }
    const done = await call('lpstat', ['-l', '-W', 'completed', '-o', job.printer], job.printer);
    if (done.code !== 0) throw failure(done, job.printer);
    const finished = parseJobList(done.stdout).find((j) => j.jobId === job.jobId);
    if (!finished) {
      return {
        state: 'unknown',
        reason: `CUPS no longer knows job ${job.jobId} on printer ${job.printer}.`,
      };
    }
    // lpstat lists canceled and aborted jobs as completed; only the job's last message tells them apart.
    if (statusLooksFailed(finished.status)) {
      const words = messageSaysOutOfMedia(finished.status)
        ? `Printer ${job.printer} is out of labels — load labels and print again.`
        : `Printer ${job.printer} could not print the label: ${finished.status}.`;
      return { state: 'failed', reason: words };
    }
    return { state: 'completed' };
  }
}

function stripControlChars(text: string): string {
  return [...text].map((ch) => (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f ? ' ' : ch)).join('');
}
