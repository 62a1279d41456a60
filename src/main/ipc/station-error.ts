// A typed error for station-side failures that are not the API's or the printer's (settings, vault,
// supervisor). Like ApiError and PrinterError it knows its ErrorInfo, so the IPC wrapper can pass it on.
import type { ErrorInfo, ErrorKind, FlowStep } from '../../shared/errors';

export interface StationErrorInit {
  kind: ErrorKind;
  message: string;
  step?: FlowStep;
  action?: string;
  retryable?: boolean;
  fieldErrors?: Record<string, string[]>;
  cause?: unknown;
}

export class StationError extends Error {
  readonly init: StationErrorInit;

  constructor(init: StationErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'StationError';
    this.init = init;
  }

  toInfo(step?: FlowStep): ErrorInfo {
    const info: ErrorInfo = {
      kind: this.init.kind,
      message: this.message,
      retryable: this.init.retryable ?? false,
      requestId: null,
      httpStatus: null,
    };
    const s = step ?? this.init.step;
    if (s) info.step = s;
    if (this.init.action) info.action = this.init.action;
    if (this.init.fieldErrors) info.fieldErrors = this.init.fieldErrors;
    return info;
  }
}
