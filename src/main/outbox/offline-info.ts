// The outbox's own words: a step queued while the Orders API is known to be unreachable (before any
// attempt told more), and a step stopped behind an earlier one of its order that changed elsewhere.
import { messageFields, type ErrorInfo } from '../../shared/errors';

export function offlineInfo(): ErrorInfo {
  return {
    kind: 'offline',
    message:
      'The Orders API cannot be reached right now; the step is saved and will be sent when it is back.',
    retryable: true,
    requestId: null,
    httpStatus: null,
    ...messageFields({ key: 'outboxErrors.savedOffline' }),
  };
}

export function changedElsewhere(orderCode: string): ErrorInfo {
  return {
    kind: 'conflict',
    message: `Order ${orderCode} changed elsewhere.`,
    retryable: false,
    requestId: null,
    httpStatus: null,
    ...messageFields({ key: 'outboxErrors.changedElsewhereBefore', values: { code: orderCode } }),
  };
}
