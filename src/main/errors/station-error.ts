// The station's one error wrapper. A failure that is not the API's (ApiError) or the printer's
// (PrinterError) — settings, vault, supervisor, a flow result passed on — is thrown as a StationError.
// Like those it knows its ErrorInfo, so the IPC wrapper passes it on whole, request_id included.
import {
  messageFields,
  type ErrorInfo,
  type ErrorKind,
  type FlowStep,
  type MessageRef,
} from '../../shared/errors';

export interface StationErrorInit {
  kind: ErrorKind;
  message: string;
  step?: FlowStep;
  action?: string;
  retryable?: boolean;
  fieldErrors?: Record<string, string[]>;
  /** The renderer's key for these words and their values, so the screen says them in its language. */
  key?: MessageRef;
  cause?: unknown;
}

export class StationError extends Error {
  readonly init: StationErrorInit | ErrorInfo;

  /** From words (a station-side failure), or from an ErrorInfo a service already returned as a value. */
  constructor(init: StationErrorInit | ErrorInfo) {
    const cause = 'cause' in init ? init.cause : undefined;
    super(init.message, cause === undefined ? undefined : { cause });
    this.name = 'StationError';
    this.init = init;
  }

  /** `step` says where it happened when the error itself does not know. */
  toInfo(step?: FlowStep): ErrorInfo {
    const info = 'requestId' in this.init ? { ...this.init } : infoOf(this.init);
    const s = step ?? info.step;
    return s ? { ...info, step: s } : info;
  }
}

function infoOf(init: StationErrorInit): ErrorInfo {
  const info: ErrorInfo = {
    kind: init.kind,
    message: init.message,
    retryable: init.retryable ?? false,
    requestId: null,
    httpStatus: null,
  };
  if (init.step) info.step = init.step;
  if (init.action) info.action = init.action;
  if (init.fieldErrors) info.fieldErrors = init.fieldErrors;
  return { ...info, ...messageFields(init.key) };
}
