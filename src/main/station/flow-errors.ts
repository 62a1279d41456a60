// The pack flow's own refusals of a packer's command, as values with a message key (and its values), so
// the screen says them in the packer's language; the English words stay for logs and support.
import type { ErrorInfo } from '../../shared/errors';
import { problem } from '../errors/error-info';

function keyed(info: ErrorInfo, messageKey: string, messageValues: Record<string, string> = {}): ErrorInfo {
  return { ...info, messageKey, messageValues };
}

export const flowErrors = {
  emptyScan: (): ErrorInfo =>
    keyed(
      problem('invalid_input', 'resolve', 'The scan was empty.', 'Scan the order barcode again.'),
      'flowErrors.emptyScan',
    ),
  unknownPickup: (): ErrorInfo =>
    keyed(problem('invalid_input', 'set_packed', 'Unknown pickup option.'), 'flowErrors.unknownPickup'),
  pickupNoOrder: (): ErrorInfo =>
    keyed(
      problem('invalid_input', 'set_packed', 'Scan an order first, then change its pickup option.'),
      'flowErrors.pickupNoOrder',
    ),
  nothingPrinted: (): ErrorInfo =>
    keyed(
      problem('invalid_input', 'print', 'No label printed yet on this station.'),
      'flowErrors.nothingPrinted',
    ),
};
