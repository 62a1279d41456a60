// The station's one converter from anything thrown to the ErrorInfo the screen shows. Typed errors
// (ApiError, PrinterError, StationError: anything with toInfo()) speak for themselves. What else a flow
// step throws is that step's failure, said in its own words; what else reaches the IPC edge is a bug,
// logged with its stack and shown without internals.
import type { ZodError } from 'zod';
import {
  ERROR_KINDS,
  messageFields,
  type ErrorInfo,
  type ErrorKind,
  type FlowStep,
  type MessageRef,
} from '../../shared/errors';
import type { Logger } from '../log/logger';

/** A typed error's own ErrorInfo (with `step` when given), or null when the value is not one. */
export function typedErrorInfo(err: unknown, step?: FlowStep): ErrorInfo | null {
  if (!hasToInfo(err)) return null;
  const info = err.toInfo(step);
  if (!isErrorInfo(info)) return null;
  return step ? { ...info, step } : info;
}

/** Anything a flow step threw, as that step's failure. */
export function toErrorInfo(err: unknown, step: FlowStep): ErrorInfo {
  const typed = typedErrorInfo(err, step);
  if (typed) return typed;
  const message = err instanceof Error ? err.message : String(err);
  const kind = kindOf(err) ?? 'internal';
  return { kind, message, step, retryable: false, requestId: null, httpStatus: null };
}

/** Anything a handler threw, at the IPC edge: an untyped error is a bug, logged, never shown raw. */
export function handlerErrorInfo(err: unknown, log: Logger, channel: string): ErrorInfo {
  try {
    const typed = typedErrorInfo(err);
    if (typed) return typed;
  } catch (inner) {
    log.error(`toInfo() failed on ${channel}`, { error: inner });
  }
  log.error(`Unexpected failure in ${channel}`, { error: err instanceof Error ? err : String(err) });
  return {
    kind: 'internal',
    message: 'Something went wrong inside the station. The details are in the log.',
    action: 'Try again. If it keeps happening, restart the station and tell your supervisor.',
    retryable: false,
    requestId: null,
    httpStatus: null,
    ...messageFields({ key: 'stationErrors.internal' }),
  };
}

/**
 * A failure described in words where it is found (no request reached the API), with the renderer's key
 * for those words when given.
 */
export function problem(
  kind: ErrorKind,
  step: FlowStep,
  message: string,
  action?: string,
  key?: MessageRef,
): ErrorInfo {
  const info: ErrorInfo = { kind, message, step, retryable: false, requestId: null, httpStatus: null };
  if (action) info.action = action;
  return { ...info, ...messageFields(key) };
}

/**
 * The values that let a wrapping message say an inner error's words (`$t({{inner}})` in its text): the
 * inner key and values when it has them, else its English words as they are (`stationErrors.english`).
 */
export function innerValues(
  inner: Pick<ErrorInfo, 'message' | 'messageKey' | 'messageValues'>,
): Record<string, string | number> {
  if (!inner.messageKey) return { inner: 'stationErrors.english', english: inner.message };
  return { ...inner.messageValues, inner: inner.messageKey };
}

/** The same ErrorInfo with the renderer's key for its words. */
export function withMessageKey(info: ErrorInfo, key: MessageRef): ErrorInfo {
  return { ...info, ...messageFields(key) };
}

/** A refused argument: per-field messages, never the values themselves (they may hold a key or PIN). */
export function invalidInputInfo(channel: string, error: ZodError): ErrorInfo {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join('.') : '(argument)';
    (fieldErrors[field] ??= []).push(issue.message);
  }
  // A refusal worded for the operator (a scan with an invisible character) speaks for itself.
  const worded = error.issues.find((i) => i.code === 'custom' && typeof actionOf(i) === 'string');
  return {
    kind: 'invalid_input',
    message: worded
      ? worded.message
      : `The station refused the request to ${channel}: some values are not valid.`,
    ...(worded ? { action: actionOf(worded) } : {}),
    retryable: false,
    requestId: null,
    httpStatus: null,
    fieldErrors,
    ...messageFields(worded ? keyOf(worded) : { key: 'stationErrors.invalidInput', values: { channel } }),
  };
}

/** A worded refusal may carry its own key (`params.key`, `params.values`) for the screen's language. */
function keyOf(issue: ZodError['issues'][number]): MessageRef | undefined {
  if (issue.code !== 'custom') return undefined;
  const key: unknown = issue.params?.key;
  const values: unknown = issue.params?.values;
  if (typeof key !== 'string') return undefined;
  return isValues(values) ? { key, values } : { key };
}

function isValues(value: unknown): value is Record<string, string | number> {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number');
}

function actionOf(issue: ZodError['issues'][number]): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const action: unknown = issue.params?.action;
  return typeof action === 'string' ? action : undefined;
}

function hasToInfo(err: unknown): err is { toInfo: (step?: FlowStep) => unknown } {
  return typeof err === 'object' && err !== null && 'toInfo' in err && typeof err.toInfo === 'function';
}

function isErrorInfo(value: unknown): value is ErrorInfo {
  return typeof value === 'object' && value !== null && 'kind' in value && 'message' in value;
}

function kindOf(err: unknown): ErrorKind | null {
  if (typeof err !== 'object' || err === null || !('kind' in err)) return null;
  const kind = err.kind;
  return (ERROR_KINDS as readonly unknown[]).includes(kind) ? (kind as ErrorKind) : null;
}
