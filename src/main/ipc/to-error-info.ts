// Turns anything a handler threw into the ErrorInfo that crosses IPC. Typed errors (ApiError,
// PrinterError, StationError: anything with toInfo()) speak for themselves; everything else is a bug:
// logged with its stack, and shown in words without internals.
import type { ZodError } from 'zod';
import type { ErrorInfo } from '../../shared/errors';
import type { Logger } from '../log/logger';

interface HasToInfo {
  toInfo(): ErrorInfo;
}

function hasToInfo(err: unknown): err is HasToInfo {
  return (
    typeof err === 'object' && err !== null && typeof (err as { toInfo?: unknown }).toInfo === 'function'
  );
}

export function errorToInfo(err: unknown, log: Logger, channel: string): ErrorInfo {
  if (hasToInfo(err)) {
    try {
      return err.toInfo();
    } catch (inner) {
      log.error(`toInfo() failed on ${channel}`, { error: inner });
    }
  }
  log.error(`Unexpected failure in ${channel}`, { error: err instanceof Error ? err : String(err) });
  return {
    kind: 'internal',
    message: 'Something went wrong inside the station. The details are in the log.',
    action: 'Try again. If it keeps happening, restart the station and tell your supervisor.',
    retryable: false,
    requestId: null,
    httpStatus: null,
  };
}

/** A refused argument: per-field messages, never the values themselves (they may hold a key or PIN). */
export function invalidInputInfo(channel: string, error: ZodError): ErrorInfo {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join('.') : '(argument)';
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return {
    kind: 'invalid_input',
    message: `The station refused the request to ${channel}: some values are not valid.`,
    retryable: false,
    requestId: null,
    httpStatus: null,
    fieldErrors,
  };
}
