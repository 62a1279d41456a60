// A failed supervisor write (orders:* channels) in the supervisor's language. Main has already told the
// cases apart (src/main/order-writes/write-errors.ts): 'offline' = the API could not be reached and nothing
// was sent; 'network' / 'timeout' = the request may have arrived, so the outcome is unknown. Anything
// the API answered (a 4xx refusal, a 5xx) keeps its own words.
import type { TFunction } from 'i18next';
import type { ErrorInfo } from '../../../shared/errors';

export function orderWriteError(error: ErrorInfo, t: TFunction): ErrorInfo {
  // These words replace main's, so main's key for its words goes with them.
  const { messageKey: _key, messageValues: _values, actionKey: _action, ...words } = error;
  if (error.kind === 'offline') {
    return { ...words, message: t('orders.write.offline'), action: t('orders.write.offlineAction') };
  }
  if (error.kind === 'network' || error.kind === 'timeout') {
    return { ...words, message: t('orders.write.unknown'), action: t('orders.write.unknownAction') };
  }
  return error;
}
