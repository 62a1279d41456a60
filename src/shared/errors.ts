// Errors are values the operator can act on. This is the serialisable shape that crosses IPC:
// which step failed, what kind of failure, the API's request_id, and words a packer can read.

export const ERROR_KINDS = [
  'network', // could not reach the API (DNS, refused, reset): retryable
  'timeout', // no answer in time: retryable, outcome of a write unknown
  'auth', // 401 / 403: key or tenant wrong
  'not_found', // 404: unknown order code or id
  'conflict', // 409: the order is not in a state that allows the step
  'validation', // 422 (or 400): per-field messages
  'server', // 5xx: retryable
  'bad_response', // HTML page, truncated JSON, wrong shape
  'printer', // printer missing, paused, out of media, job failed
  'label', // label download failed, not a PDF, too large
  'offline', // action needs the API online and it is not
  'invalid_input', // the renderer sent arguments that do not validate
  'internal', // a bug: logged with a stack
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** The flow step an error belongs to, so the screen can say where it stopped. */
export type FlowStep =
  | 'resolve'
  | 'set_process'
  | 'verify'
  | 'set_packed'
  | 'label'
  | 'print'
  | 'mark_printed'
  | 'ship'
  | 'return'
  | 'sync'
  | 'settings'
  | 'supervisor';

export interface ErrorInfo {
  kind: ErrorKind;
  message: string;
  step?: FlowStep;
  retryable: boolean;
  requestId: string | null;
  httpStatus: number | null;
  method?: string;
  path?: string;
  /** Per-field messages of a 422. */
  fieldErrors?: Record<string, string[]>;
  /** Current status of the order when a conflict says so (canonical, from tracking). */
  currentStatus?: string | null;
  /** What the operator should do next, in words. */
  action?: string;
  /**
   * The renderer's message key for `message` (and `action` under `${messageKey}Action` when it has one),
   * with its values: the specific words are translated, not only the kind's summary.
   */
  messageKey?: string;
  messageValues?: Record<string, string | number>;
  /** The action's key when it is shared (e.g. the API's default action per kind), not `${messageKey}Action`. */
  actionKey?: string;
}

/**
 * Where main makes the words of an error, the renderer's key for them and the dynamic parts as values
 * (order code, printer, status…): `key` for `message`, its action under `${key}Action` or `actionKey`.
 */
export interface MessageRef {
  key: string;
  values?: Record<string, string | number>;
  actionKey?: string;
}

/** The ErrorInfo fields a MessageRef becomes. */
export function messageFields(
  ref: MessageRef | undefined,
): Pick<ErrorInfo, 'messageKey' | 'messageValues' | 'actionKey'> {
  if (!ref) return {};
  return {
    messageKey: ref.key,
    messageValues: ref.values ?? {},
    ...(ref.actionKey ? { actionKey: ref.actionKey } : {}),
  };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
