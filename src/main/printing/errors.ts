// Printer failures as values the packer can act on: what went wrong in words, and what to do next.
import { messageFields, type ErrorInfo, type MessageRef } from '../../shared/errors';

/** Why a print failed, for code that must branch (the message is for people). */
export type PrinterErrorCode =
  | 'unknown_printer'
  | 'paused'
  | 'not_accepting'
  | 'media_empty'
  | 'not_installed'
  | 'cups_down'
  | 'not_pdf'
  | 'too_many_pages'
  | 'unreadable_pdf'
  | 'file_missing'
  | 'refused'
  | 'unknown';

export interface PrinterErrorOptions {
  code: PrinterErrorCode;
  printer?: string | null;
  action?: string;
  /** Raw words from the OS (lp's stderr, pdf-to-printer's rejection), kept for the log. */
  detail?: string;
  /** 'label' when the file itself is wrong (not a PDF); 'printer' otherwise. */
  kind?: 'printer' | 'label';
  /** The renderer's key for the message (its action under `${key}Action`) and its values. */
  key?: MessageRef;
  cause?: unknown;
}

// Codes where trying again after the operator fixed the printer makes sense.
const RETRYABLE: ReadonlySet<PrinterErrorCode> = new Set([
  'paused',
  'not_accepting',
  'media_empty',
  'cups_down',
]);

export class PrinterError extends Error {
  readonly kind: 'printer' | 'label';
  readonly code: PrinterErrorCode;
  readonly printer: string | null;
  readonly action?: string;
  readonly detail?: string;
  readonly key?: MessageRef;

  constructor(message: string, options: PrinterErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PrinterError';
    this.kind = options.kind ?? 'printer';
    this.code = options.code;
    this.printer = options.printer ?? null;
    this.action = options.action;
    this.detail = options.detail;
    if (options.key) this.key = options.key;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }

  toInfo(): ErrorInfo {
    return {
      kind: this.kind,
      message: this.message,
      step: 'print',
      retryable: this.retryable,
      requestId: null,
      httpStatus: null,
      ...(this.action ? { action: this.action } : {}),
      ...messageFields(this.key),
    };
  }
}

/** Turns whatever a driver threw (Error, plain string, undefined) into words. */
export function describeRejection(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  if (typeof reason === 'string') return reason;
  if (reason === undefined || reason === null) return 'no reason given';
  try {
    return JSON.stringify(reason);
  } catch {
    return String(reason);
  }
}
