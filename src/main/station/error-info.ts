// Any thrown value as the ErrorInfo the screen shows: API errors and printing errors carry their own
// (toInfo); anything else is a bug, said plainly.
import { isApiError } from '../api/errors';
import { ERROR_KINDS, type ErrorInfo, type ErrorKind, type FlowStep } from '../../shared/errors';

export function toErrorInfo(err: unknown, step: FlowStep): ErrorInfo {
  if (isApiError(err)) return err.toInfo(step);
  if (hasToInfo(err)) {
    const info = err.toInfo(step);
    if (isErrorInfo(info)) return { ...info, step };
  }
  const message = err instanceof Error ? err.message : String(err);
  const kind = kindOf(err) ?? 'internal';
  return { kind, message, step, retryable: false, requestId: null, httpStatus: null };
}

export function problem(kind: ErrorKind, step: FlowStep, message: string, action?: string): ErrorInfo {
  const info: ErrorInfo = { kind, message, step, retryable: false, requestId: null, httpStatus: null };
  if (action) info.action = action;
  return info;
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
