// Parsers for what CUPS' command-line tools print (run in the C locale). Pure functions, so every
// shape of lpstat / lp output we rely on is pinned by unit tests.
import type { PrinterInfo } from './types';

export interface CupsPrinterStatus {
  name: string;
  state: PrinterInfo['state'];
  /** The job the printer is printing now ("now printing CAPTURE-12"). */
  printingJob: string | null;
  /** printer-state-message: "Paused", "The printer is out of labels". */
  message: string | null;
  /** printer-state-reasons, from `lpstat -l -p` ("Alerts: media-empty-error"). */
  reasons: string[];
}

export interface CupsJobEntry {
  jobId: string;
  /** job-printer-state-message from `lpstat -l -o` ("Status: …"); null when empty or not asked. */
  status: string | null;
  /** job-state-reasons from `lpstat -l -o` ("Alerts: job-hold-until-specified"); meaningful for open jobs. */
  reasons: string[];
}

// Headings `lpstat -l -p` prints under a printer; any other indented line is the state message.
const LONG_PRINTER_HEADINGS =
  /^(Form mounted|Content types|Printer types|Description|Alerts|Location|Connection|Interface|On fault|After fault|Users allowed|Users denied|Forms allowed|Banner required|Charset sets|Default pitch|Default page size|Default port settings|Options)\b/;

/** `lpstat -p` / `lpstat -l -p`: one status per printer. */
export function parsePrinterStatuses(stdout: string): CupsPrinterStatus[] {
  const printers: CupsPrinterStatus[] = [];
  let current: CupsPrinterStatus | null = null;
  let lineAfterHeader = false;
  for (const line of stdout.split(/\r?\n/)) {
    const head = /^printer (\S+) (?:is idle|now printing (\S+?)\.|(disabled))/.exec(line);
    if (head) {
      current = {
        name: head[1],
        state: head[3] ? 'paused' : head[2] ? 'printing' : 'idle',
        printingJob: head[2] ?? null,
        message: null,
        reasons: [],
      };
      printers.push(current);
      lineAfterHeader = true;
      continue;
    }
    if (!current || !/^\s/.test(line)) {
      current = null;
      continue;
    }
    const text = line.trim();
    const alerts = /^Alerts:\s*(.*)$/.exec(text);
    if (alerts) {
      current.reasons = alerts[1].split(/[\s,]+/).filter((r) => r !== '' && r !== 'none');
    } else if (lineAfterHeader && text !== '' && !LONG_PRINTER_HEADINGS.test(text)) {
      // "reason unknown" is what lpstat prints when a disabled queue has no message.
      current.message = text === 'reason unknown' ? null : text;
    }
    lineAfterHeader = false;
  }
  return printers;
}

/** `lpstat -a P`: whether each queue accepts new jobs. */
export function parseAccepting(stdout: string): Map<string, boolean> {
  const accepting = new Map<string, boolean>();
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^(\S+) (not )?accepting requests/.exec(line);
    if (m) accepting.set(m[1], !m[2]);
  }
  return accepting;
}

/** `lpstat -e`: destination names, one a line. */
export function parseDestinationNames(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^lpstat:/.test(l));
}

/** `lpstat -d`: "system default destination: CAPTURE", or "no system default destination". */
export function parseDefaultDestination(stdout: string): string | null {
  const m = /system default destination:\s*(\S+)/.exec(stdout);
  return m ? m[1] : null;
}

/** `lp` prints "request id is CAPTURE-12 (1 file(s))". */
export function parseRequestId(stdout: string): string | null {
  const m = /request id is (\S+-\d+)\b/i.exec(stdout);
  return m ? m[1] : null;
}

/**
 * `lpstat [-l] -W … -o P` (also with `-p P` in the same call): the jobs listed, with their Status line when
 * -l was given. A printer's block that follows is no job's: its indented lines are not taken as the last job's.
 */
export function parseJobList(stdout: string): CupsJobEntry[] {
  const jobs: CupsJobEntry[] = [];
  let last: CupsJobEntry | null = null;
  for (const line of stdout.split(/\r?\n/)) {
    const head = /^(\S+-\d+)\s/.exec(line);
    if (head) {
      last = { jobId: head[1], status: null, reasons: [] };
      jobs.push(last);
      continue;
    }
    if (!/^\s/.test(line)) {
      last = null;
      continue;
    }
    const status = /^\s+Status:\s*(.*)$/.exec(line);
    if (status && last) last.status = status[1].trim() || null;
    const alerts = /^\s+Alerts:\s*(.*)$/.exec(line);
    if (alerts && last) last.reasons = alerts[1].split(/[\s,]+/).filter((r) => r !== '' && r !== 'none');
  }
  return jobs;
}

/** Printer-state-reasons that mean the printer cannot go on until someone acts. */
const BLOCKING_REASONS = [
  'media-empty',
  'media-needed',
  'media-jam',
  'door-open',
  'cover-open',
  'input-tray-missing',
  'offline',
  'marker-supply-empty',
  'toner-empty',
];

export function blockingReason(reasons: readonly string[]): string | null {
  for (const reason of reasons) {
    const base = reason.replace(/-(error|warning|report)$/, '');
    if (reason.endsWith('-warning') || reason.endsWith('-report')) continue;
    if (BLOCKING_REASONS.includes(base)) return base;
  }
  return null;
}

/** Printer reasons and messages in words a packer understands. */
export function reasonInWords(reason: string): string {
  switch (reason) {
    case 'media-empty':
    case 'media-needed':
      return 'is out of labels — load labels';
    case 'media-jam':
      return 'has a label jam — clear it';
    case 'door-open':
    case 'cover-open':
      return 'has its cover open — close it';
    case 'input-tray-missing':
      return 'is missing its media tray — put it back';
    case 'offline':
      return 'is offline — switch it on and check its cable';
    default:
      return 'is out of ink or ribbon — replace it';
  }
}

/** A finished job's status message that says it did not print (CUPS keeps no finer state in lpstat). */
export function statusLooksFailed(status: string | null): boolean {
  if (!status) return false;
  return /error|fail|out of|empty|jam|abort|cancel|unable|could not|can't|offline|stopped|refused/i.test(
    status,
  );
}

export function messageSaysOutOfMedia(message: string | null): boolean {
  return !!message && /out of (paper|media|labels)|media[- ]empty|no (paper|media|labels)/i.test(message);
}
