// What a supervisor write says when it did not go through. Supervisor writes are never queued, so the
// words must tell a supervisor whether anything changed:
// - the API could not be reached at all (the probe says offline, or the connection failed before the
//   request left: DNS, refused, unreachable, connect timeout, TLS handshake) → one plain message,
//   "needs the Orders API online, nothing was sent";
// - the request may have arrived but no answer came back (a timeout waiting for the reply, a connection
//   cut mid-request) → "outcome unknown, check the order before trying again";
// - anything the API answered (4xx refusals with their fields, 5xx) passes through unchanged.
import type { ApiError } from '../api/errors';
import { isTlsCode } from '../api/error-mapping';
import { innerValues } from '../errors/error-info';
import { StationError } from '../errors/station-error';

/** Low-level codes that mean the connection never opened, so the request was never sent. */
const NEVER_SENT = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NONAME',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** True when the write failed before its request could reach the API (nothing can have changed). */
export function neverReachedApi(err: ApiError): boolean {
  if (err.kind !== 'network' && err.kind !== 'timeout') return false;
  const code = err.networkCode;
  return code !== undefined && (NEVER_SENT.has(code) || isTlsCode(code));
}

/** True when the request may have been applied but no answer came back. */
export function outcomeUnknown(err: ApiError): boolean {
  return (err.kind === 'network' || err.kind === 'timeout') && !neverReachedApi(err);
}

/** Each supervisor write as a message names it, and its key under supervisorErrors.what. */
const WRITES = {
  'the cancellation': 'cancel',
  'the return': 'return',
  'the completion': 'complete',
  'the new order': 'create',
  'the update': 'update',
  'approving the cancellation': 'approveCancel',
  'rejecting the cancellation': 'rejectCancel',
} as const;

export type WriteWhat = keyof typeof WRITES;

/** The one message for "the API is not reachable": the same whether the probe or the call found out. */
export function needsApiOnline(what: WriteWhat, orderCode: string, cause?: unknown): StationError {
  return new StationError({
    kind: 'offline',
    step: 'supervisor',
    message: `The Orders API cannot be reached: ${what} of ${orderCode} needs it online. Nothing was sent and nothing changed.`,
    action: 'Supervisor actions are never saved for later: try again when the station shows Online.',
    retryable: true,
    key: { key: 'supervisorErrors.needsOnline', values: { what: WRITES[what], orderCode } },
    cause,
  });
}

/** A write whose request may have arrived: say so, and ask for a look at the order before a retry. */
export function unknownOutcome(what: WriteWhat, orderCode: string, err: ApiError): ApiError {
  return err.with({
    message: `The outcome of ${what} of ${orderCode} is unknown: ${err.message} It may or may not have been applied.`,
    action: `Check order ${orderCode} (reload its detail and history) before trying again, so it is not done twice.`,
    retryable: false,
    key: {
      key: 'supervisorErrors.unknownOutcome',
      values: { ...innerValues(err.toInfo()), what: WRITES[what], orderCode },
    },
  });
}
