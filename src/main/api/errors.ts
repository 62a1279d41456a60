// Typed errors of the Orders API client. Each one carries what the operator and the log need: the kind of
// failure, the call (method + path), the HTTP status, the API's request_id and words a packer can read.
import {
  messageFields,
  type ErrorInfo,
  type ErrorKind,
  type FlowStep,
  type MessageRef,
} from '../../shared/errors';
import type { OrderStatus } from '../../shared/orders';

export interface ApiErrorInit {
  kind: ErrorKind;
  message: string;
  method: string;
  path: string;
  httpStatus?: number | null;
  requestId?: string | null;
  retryable?: boolean;
  fieldErrors?: Record<string, string[]>;
  currentStatus?: OrderStatus | null;
  /** Low-level cause code of a network failure ('ECONNREFUSED', 'ENOTFOUND', 'UND_ERR_CONNECT_TIMEOUT'...). */
  networkCode?: string;
  action?: string;
  /**
   * The renderer's key for `message` and its values. Without its own `actionKey`, the default action of
   * the kind is keyed too. A copy made with a new `message` and no key drops the old key.
   */
  key?: MessageRef;
  cause?: unknown;
}

/** Kinds worth another attempt when the call is safe to repeat. */
const RETRYABLE_KINDS: ReadonlySet<ErrorKind> = new Set(['network', 'timeout', 'server']);

export class ApiError extends Error {
  readonly kind: ErrorKind;
  readonly method: string;
  readonly path: string;
  readonly httpStatus: number | null;
  readonly requestId: string | null;
  readonly retryable: boolean;
  readonly fieldErrors?: Record<string, string[]>;
  /** Canonical status of the order for a conflict, filled from tracking (see conflict-status.ts). */
  readonly currentStatus?: OrderStatus | null;
  readonly networkCode?: string;
  readonly action?: string;
  readonly key?: MessageRef;
  /** The action given at construction; without one, the kind's default (and its key) is used. */
  private readonly ownAction?: string;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    this.httpStatus = init.httpStatus ?? null;
    this.requestId = init.requestId ?? null;
    this.retryable = init.retryable ?? RETRYABLE_KINDS.has(init.kind);
    if (init.fieldErrors) this.fieldErrors = init.fieldErrors;
    if (init.currentStatus !== undefined) this.currentStatus = init.currentStatus;
    if (init.networkCode) this.networkCode = init.networkCode;
    this.ownAction = init.action;
    this.action = init.action ?? defaultAction(init.kind, this.httpStatus);
    const key = init.key;
    if (key) {
      const actionKey =
        key.actionKey ?? (init.action ? undefined : defaultActionKey(init.kind, this.httpStatus));
      this.key = actionKey ? { ...key, actionKey } : key;
    }
  }

  /** A copy with more facts (the current status of a conflict, a better message). */
  with(changes: Partial<ApiErrorInit>): ApiError {
    const init = { ...this.init(), ...changes };
    // New words without their key: the old key would say the old words.
    if (changes.message !== undefined && changes.key === undefined) delete init.key;
    // A new action without a key: the old actionKey would say the old action.
    if (changes.action !== undefined && changes.key === undefined && init.key) {
      const { actionKey: _old, ...rest } = init.key;
      init.key = rest;
    }
    return new ApiError(init);
  }

  /** The serialisable shape that crosses IPC. Never contains credentials or headers. */
  toInfo(step?: FlowStep): ErrorInfo {
    const info: ErrorInfo = {
      kind: this.kind,
      message: this.message,
      retryable: this.retryable,
      requestId: this.requestId,
      httpStatus: this.httpStatus,
      method: this.method,
      path: this.path,
    };
    if (step) info.step = step;
    if (this.fieldErrors) info.fieldErrors = this.fieldErrors;
    if (this.currentStatus !== undefined) info.currentStatus = this.currentStatus;
    if (this.action) info.action = this.action;
    return { ...info, ...messageFields(this.key) };
  }

  private init(): ApiErrorInit {
    return {
      kind: this.kind,
      message: this.message,
      method: this.method,
      path: this.path,
      httpStatus: this.httpStatus,
      requestId: this.requestId,
      retryable: this.retryable,
      fieldErrors: this.fieldErrors,
      currentStatus: this.currentStatus,
      networkCode: this.networkCode,
      action: this.ownAction,
      key: this.key,
      cause: this.cause,
    };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** The renderer's key for defaultAction's words (`apiErrors.action.<kind>`). */
function defaultActionKey(kind: ErrorKind, httpStatus: number | null): string | undefined {
  if (!defaultAction(kind, httpStatus)) return undefined;
  return kind === 'auth' && httpStatus === 403 ? 'apiErrors.action.auth_tenant' : `apiErrors.action.${kind}`;
}

function defaultAction(kind: ErrorKind, httpStatus: number | null): string | undefined {
  switch (kind) {
    case 'network':
      return 'Check the network cable or Wi-Fi, then try again.';
    case 'timeout':
      return 'Try again. If it keeps happening, tell a supervisor.';
    case 'auth':
      return httpStatus === 403
        ? 'Check the tenant ID in Settings, or ask a supervisor.'
        : 'Check the API key in Settings, or ask a supervisor.';
    case 'not_found':
      return 'Check the order code on the box, then scan again.';
    case 'conflict':
      return 'Put the box aside and ask a supervisor.';
    case 'validation':
      return 'Correct the marked fields and try again.';
    case 'server':
      return 'Wait a moment and try again.';
    case 'bad_response':
      return 'Try again. If it keeps happening, tell a supervisor and give them the request id.';
    case 'label':
      return 'Fetch the label again. If it keeps happening, tell a supervisor.';
    default:
      return undefined;
  }
}
