// CUPS' command failures and queue states as PrinterErrors in words, with what the operator should do.
import { blockingReason, messageSaysOutOfMedia, type CupsPrinterStatus } from './cups-parse';
import { PrinterError } from './errors';
import { COMMAND_TIMED_OUT, type CommandResult } from './run-command';

/** The renderer's key for a printer message (printerErrors.<key>), its action under `${key}Action`. */
function key(name: string, values: Record<string, string | number> = {}) {
  return { key: `printerErrors.${name}`, values };
}

/** A failed lp / lpstat / cancel, read from its output. */
export function failure(result: CommandResult, printer: string | null): PrinterError {
  const text = `${result.stderr}\n${result.stdout}`.trim();
  const named = printer ?? 'the printer';
  if (/unable to access .*no such file/i.test(text)) {
    return new PrinterError('The label file is gone before it could be printed.', {
      code: 'file_missing',
      printer,
      action: 'Fetch the label again.',
      detail: text,
      key: key('fileGone'),
    });
  }
  if (/does not exist|invalid destination name|unknown destination|not found/i.test(text)) {
    return unknownPrinter(named, text);
  }
  if (
    result.code === COMMAND_TIMED_OUT ||
    /scheduler is not running|unable to connect|connection refused/i.test(text)
  ) {
    return new PrinterError('The printing service (CUPS) is not answering.', {
      code: 'cups_down',
      printer,
      action: 'Start CUPS or restart the computer, then print again.',
      detail: text,
      key: key('cupsDown'),
    });
  }
  if (/not accepting/i.test(text)) return notAccepting(named, text);
  const why = text || `exit code ${result.code}`;
  return new PrinterError(`Printer ${named} refused the job: ${why}.`, {
    code: 'refused',
    printer,
    detail: text,
    key: printer ? key('refused', { printer, why }) : key('refusedAny', { why }),
  });
}

export function unknownPrinter(printer: string, detail: string): PrinterError {
  return new PrinterError(`Printer ${printer} does not exist — choose one in Settings.`, {
    code: 'unknown_printer',
    printer,
    action: 'Choose an existing printer in Settings.',
    detail,
    key: key('unknownPrinter', { printer }),
  });
}

export function notAccepting(printer: string, detail: string): PrinterError {
  return new PrinterError(
    `Printer ${printer} is not accepting jobs — allow it to accept jobs, then print again.`,
    {
      code: 'not_accepting',
      printer,
      action: `Accept jobs on the printer in the system printer settings (cupsaccept ${printer}), then print again.`,
      detail,
      key: key('notAccepting', { printer }),
    },
  );
}

export function pausedError(status: CupsPrinterStatus): PrinterError {
  const outOfMedia =
    blockingReason(status.reasons) === 'media-empty' || messageSaysOutOfMedia(status.message);
  if (outOfMedia) {
    return new PrinterError(
      `Printer ${status.name} is out of labels and paused — load labels, then resume it.`,
      {
        code: 'media_empty',
        printer: status.name,
        action: `Load labels, resume the printer (cupsenable ${status.name}), then print again.`,
        detail: status.message ?? undefined,
        key: key('outOfLabels', { printer: status.name }),
      },
    );
  }
  const said = status.message && status.message !== 'Paused' ? status.message : null;
  const why = said ? ` (${said})` : '';
  return new PrinterError(`Printer ${status.name} is paused${why} — resume it, then print again.`, {
    code: 'paused',
    printer: status.name,
    action: `Resume the printer in the system printer settings (cupsenable ${status.name}), then print again.`,
    detail: status.message ?? undefined,
    key: said ? key('pausedSaid', { printer: status.name, said }) : key('paused', { printer: status.name }),
  });
}
